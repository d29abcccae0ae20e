using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace StoryExhibit.Tests.Infrastructure;

/// <summary>
/// The real web app in its own process, on a free loopback port, with its own database file: what a
/// visitor's browser talks to. It can be stopped and started again on the same database.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    /// <summary>The admin every test app starts with (Staff:Admin in its configuration).</summary>
    public const string AdminUserName = "admin";
    public const string AdminPassword = "admin-test-password-1";
    /// <summary>The staff (not admin) account <see cref="AppFixture.SignInAsync"/> adds on the accounts page when a test asks for it.</summary>
    public const string StaffUserName = "staff";
    public const string StaffPassword = "staff-test-password-1";

    private readonly Dictionary<string, string> _settings;
    private readonly StringBuilder _output = new();
    private Process? _process;

    public AppServer(IDictionary<string, string>? settings = null)
    {
        DataFolder = Directory.CreateTempSubdirectory("storyexhibit-test-").FullName;
        Port = FreePort();
        _settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__StoryExhibit"] = $"Data Source={Path.Combine(DataFolder, "stories.db")}",
            ["Generation__Text__Offline__WordDelay"] = "00:00:00.015",
            ["Staff__Admin__UserName"] = AdminUserName,
            ["Staff__Admin__Password"] = AdminPassword,
            // Past the free tries a wrong password makes its browser wait minutes, so a test sees the wait whatever its pace.
            ["Staff__FirstSignInDelay"] = "00:05:00",
            // Tests click through scenes faster than any visitor; the limits have tests of their own (VisitorLimitTests).
            ["Exhibit__VisitorLimits__StoriesPerHour"] = "0",
            ["Exhibit__VisitorLimits__ScenesPerMinute"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) _settings[key] = value;
    }

    public string DataFolder { get; }
    /// <summary>The app's settings, as environment variable names (<c>Section__Key</c>) and values.</summary>
    public IReadOnlyDictionary<string, string> Settings => _settings;
    public int Port { get; private set; }
    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/");
    public Process Process => _process ?? throw new InvalidOperationException("The app is not running.");
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Where every test app's output is written, one file per app process.</summary>
    public static string LogFolder => Path.Combine(AppContext.BaseDirectory, "TestResults", "app-logs");

    public static string WebAppFolder
    {
        get
        {
            // Tests and benchmarks run from <project>/bin/<Configuration>/net10.0; the app is built the same way.
            var bin = new DirectoryInfo(AppContext.BaseDirectory);
            var configuration = bin.Parent!.Name;
            var root = bin;
            while (!File.Exists(Path.Combine(root.FullName, "StoryExhibit.sln"))) root = root.Parent ?? throw new InvalidOperationException("StoryExhibit.sln not found above " + AppContext.BaseDirectory);
            return Path.Combine(root.FullName, "StoryExhibit.Web", "bin", configuration, "net10.0");
        }
    }

    /// <summary>Starts the app; if another process took the free port in the meantime, it tries another.</summary>
    public async Task StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartOnceAsync();
                return;
            }
            catch (InvalidOperationException) when (attempt < 3 && Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await KillAsync();
                lock (_output) _output.Clear();
                Port = FreePort();
            }
        }
    }

    private async Task StartOnceAsync()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(WebAppFolder, "StoryExhibit.Web.dll")])
        {
            WorkingDirectory = DataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = BaseUrl.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in _settings) start.Environment[key] = value;
        _process = Process.Start(start)!;
        // Kept in memory for start-up errors, and in a file so a failed CI run can show what the app logged.
        var logFile = Path.Combine(LogFolder, $"app-{Port}.log");
        Directory.CreateDirectory(LogFolder);
        void Keep(string? line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
                File.AppendAllText(logFile, line + Environment.NewLine);
            }
        }
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        // A machine shared with other builds and test runs can take a minute to start the app.
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited at start:\n{Output}");
            try
            {
                if ((await http.GetAsync(new Uri(BaseUrl, "health"))).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The app did not become healthy:\n{Output}");
    }

    /// <summary>Ends the process abruptly, as a crash or a power cut would.</summary>
    public async Task KillAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }

    /// <summary>A loopback port free just now (another process may still take it before it is used).</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
