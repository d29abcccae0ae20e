using System.Diagnostics;
using System.Text.Json;
using Grpc.Net.Client;
using StoryExhibit.Core.Generation.Images.Grpc;
using StoryExhibit.Core.Generation.Images.Grpc.Sdxl;

namespace StoryExhibit.Tests.Core.Generation.Images;

/// <summary>
/// Runs StoryExhibit.Tests/GrpcServer/server.js, a real gRPC server (grpc-js) for protos/sdxl_turbo.proto, on a free loopback port.
/// Installs its npm packages first (<c>npm ci</c>) when node_modules is missing. Stops it when the tests are done.
/// </summary>
public sealed class GrpcTestServer : IAsyncLifetime
{
    private Process? _node;

    /// <summary>Environment variables for server.js (FRAMES_DIR for the canvas benchmark).</summary>
    public Dictionary<string, string> Environment { get; init; } = [];

    public Uri Address { get; private set; } = null!;
    public string ServerDirectory { get; } = Path.Combine(RepoRoot(), "StoryExhibit.Tests", "GrpcServer");

    public async Task InitializeAsync()
    {
        if (!Directory.Exists(Path.Combine(ServerDirectory, "node_modules", "@grpc", "grpc-js")))
            await RunAsync("npm", "ci --silent --no-audit --no-fund", TimeSpan.FromMinutes(5));

        var start = new ProcessStartInfo("node", "server.js")
        {
            WorkingDirectory = ServerDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in Environment) start.Environment[name] = value;
        _node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var errors = _node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var line = await _node.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException($"The gRPC test server exited before listening: {await errors}");
            if (line.StartsWith("PORT ", StringComparison.Ordinal))
            {
                Address = new Uri($"http://127.0.0.1:{int.Parse(line[5..], System.Globalization.CultureInfo.InvariantCulture)}");
                break;
            }
        }
        _ = Task.Run(async () => { while (await _node.StandardOutput.ReadLineAsync() is not null) { } });
    }

    public async Task DisposeAsync()
    {
        if (_node is null) return;
        try
        {
            _node.StandardInput.Close(); // server.js exits when stdin closes
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            try { await _node.WaitForExitAsync(wait.Token); }
            catch (OperationCanceledException) { _node.Kill(entireProcessTree: true); }
        }
        finally
        {
            _node.Dispose();
        }
    }

    /// <summary>The app's channel to this server, as <see cref="SdxlTurboChannel"/> configures it from these settings.</summary>
    public GrpcChannel Channel(int maxRetries = 2, int maxImageBytes = 32 * 1024 * 1024) =>
        SdxlTurboChannel.Create(new SdxlTurboOptions { Endpoint = Address, MaxRetries = maxRetries, MaxImageBytes = maxImageBytes });

    /// <summary>What the server saw: calls per prompt, and the prompts of streams the client cancelled.</summary>
    public async Task<(Dictionary<string, int> Calls, List<string> Cancelled)> StatsAsync()
    {
        using var channel = Channel();
        var reply = await new ImageService.ImageServiceClient(channel).GenerateAsync(new GenerateRequest { Prompt = "stats" }, deadline: DateTime.UtcNow.AddSeconds(10));
        using var doc = JsonDocument.Parse(reply.Image.Memory);
        var calls = doc.RootElement.GetProperty("calls").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        var cancelled = doc.RootElement.GetProperty("cancelled").EnumerateArray().Select(e => e.GetString()!).ToList();
        return (calls, cancelled);
    }

    /// <summary>Whether the server sees the stream with this prompt cancelled within a few seconds.</summary>
    public async Task<bool> WaitUntilCancelledAsync(string prompt)
    {
        for (var i = 0; i < 100; i++)
        {
            if ((await StatsAsync()).Cancelled.Contains(prompt)) return true;
            await Task.Delay(50);
        }
        return false;
    }

    private async Task RunAsync(string file, string arguments, TimeSpan timeout)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = ServerDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"{file} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await output}{await error}");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "protos", "sdxl_turbo.proto"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (with protos/sdxl_turbo.proto) was not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class GrpcServerCollection : ICollectionFixture<GrpcTestServer>
{
    public const string Name = "gRPC test server";
}
