using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Generation.Speech.Espeak;

/// <summary>
/// Offline speech through the espeak-ng command: the text goes in on stdin (never on the command line), a
/// WAV file comes back on stdout. One process per request; a cancelled or overdue process is killed.
/// </summary>
public sealed partial class EspeakSpeechSynthesizer : ISpeechSynthesizer
{
    public const string Provider = "espeak-ng";
    /// <summary>espeak-ng's own default rate, which <see cref="SpeechRequest.Speed"/> 1.0 maps to.</summary>
    public const int NormalWordsPerMinute = 175;
    private const int MaxOutputBytes = 64 * 1024 * 1024;

    private readonly EspeakOptions _options;

    public EspeakSpeechSynthesizer(EspeakOptions? options = null)
    {
        _options = options ?? new EspeakOptions();
        ArgumentException.ThrowIfNullOrWhiteSpace(_options.ExecutablePath, nameof(_options.ExecutablePath));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_options.Timeout, TimeSpan.Zero, nameof(_options.Timeout));
    }

    public string Name => Provider;

    /// <summary>espeak-ng's -s value for a speed ratio, kept within what it accepts.</summary>
    public static int WordsPerMinute(double speed) =>
        (int)Math.Round(Math.Clamp(double.IsFinite(speed) && speed > 0 ? speed : 1.0, 0.3, 3.0) * NormalWordsPerMinute);

    public async Task<SpeechAudio> SynthesizeAsync(SpeechRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Text)) throw new GenerationException(Provider, "There is no text to speak.");
        var voice = string.IsNullOrWhiteSpace(request.Voice) ? _options.DefaultVoice : request.Voice.Trim();
        if (!VoicePattern().IsMatch(voice)) throw new GenerationException(Provider, $"'{voice}' is not a voice name espeak-ng knows.");

        var args = new List<string> { "--stdout", "-v", voice, "-s", WordsPerMinute(request.Speed).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (request.Pitch is { } pitch) args.AddRange(["-p", Math.Clamp(pitch, 0, 99).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        // Stdin text is plain text: no SSML (no -m), so "<" and "&" are just read out.
        var (stdout, _) = await RunAsync(args, request.Text, ct).ConfigureAwait(false);
        if (!WavFile.IsWav(stdout)) throw new GenerationException(Provider, "espeak-ng produced no usable audio.");
        WavFile.FixSizes(stdout);
        return new SpeechAudio(stdout, WavFile.MediaType, WavFile.Duration(stdout));
    }

    public async Task<IReadOnlyList<SpeechVoice>> ListVoicesAsync(CancellationToken ct)
    {
        var (stdout, _) = await RunAsync(["--voices"], stdin: null, ct).ConfigureAwait(false);
        return ParseVoices(Encoding.UTF8.GetString(stdout));
    }

    /// <summary>
    /// Parses <c>espeak-ng --voices</c>: a header line, then "Pty Language Age/Gender VoiceName File Other..." per
    /// voice; the language is what <c>-v</c> takes.
    /// </summary>
    internal static IReadOnlyList<SpeechVoice> ParseVoices(string listing)
    {
        var voices = new List<SpeechVoice>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in listing.Split('\n').Skip(1))
        {
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 4 || !int.TryParse(parts[0], out _)) continue;
            var language = parts[1];
            var gender = parts[2].Split('/') is [_, var g] && g is "M" or "F" ? g : null;
            var name = parts[3].Replace('_', ' ');
            if (seen.Add(language)) voices.Add(new SpeechVoice(language, name, language, gender));
        }
        return voices;
    }

    private async Task<(byte[] Stdout, string Stderr)> RunAsync(IReadOnlyList<string> args, string? stdin, CancellationToken ct)
    {
        var start = new ProcessStartInfo(_options.ExecutablePath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var a in args) start.ArgumentList.Add(a);

        using var process = new Process { StartInfo = start };
        try
        {
            if (!process.Start()) throw new GenerationException(Provider, "espeak-ng could not be started.");
        }
        catch (Win32Exception ex)
        {
            throw new GenerationException(Provider, "espeak-ng is not installed: run scripts/setup.sh", ex);
        }

        using var timeout = new CancellationTokenSource(_options.Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        await using var kill = linked.Token.Register(() => Kill(process));
        try
        {
            var output = ReadAllAsync(process.StandardOutput.BaseStream, linked.Token);
            var errors = process.StandardError.ReadToEndAsync(linked.Token);
            await using (var input = process.StandardInput)
            {
                if (stdin is not null)
                {
                    try
                    {
                        await input.WriteAsync(stdin.AsMemory(), linked.Token).ConfigureAwait(false);
                        await input.FlushAsync(linked.Token).ConfigureAwait(false);
                    }
                    catch (IOException) { /* exited early; its exit code and stderr tell why */ }
                }
            }
            var bytes = await output.ConfigureAwait(false);
            var stderr = await errors.ConfigureAwait(false);
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                var detail = stderr.Trim();
                throw new GenerationException(Provider, "espeak-ng could not speak this sentence.", detail: detail.Length > 0
                    ? $"espeak-ng failed: {Shorten(detail)}"
                    : $"espeak-ng failed (exit code {process.ExitCode}).");
            }
            return (bytes, stderr);
        }
        catch (Exception ex) when (ex is OperationCanceledException && ct.IsCancellationRequested)
        {
            throw new OperationCanceledException("The caller cancelled.", ex, ct);
        }
        catch (Exception ex) when (ex is OperationCanceledException && timeout.IsCancellationRequested)
        {
            throw new GenerationException(Provider, "espeak-ng took too long to speak.", ex);
        }
        catch (Exception ex) when (ex is not (GenerationException or OperationCanceledException))
        {
            throw new GenerationException(Provider, "espeak-ng failed unexpectedly.", ex);
        }
        finally
        {
            Kill(process);
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken ct)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            if (memory.Length + read > MaxOutputBytes) throw new GenerationException(Provider, "espeak-ng produced far too much audio.");
            memory.Write(buffer, 0, read);
        }
        return memory.ToArray();
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or NotSupportedException) { /* already gone */ }
    }

    private static string Shorten(string s) => s.Length <= 200 ? s : s[..200] + "…";

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_\-+./]{0,63}$")]
    private static partial Regex VoicePattern();
}
