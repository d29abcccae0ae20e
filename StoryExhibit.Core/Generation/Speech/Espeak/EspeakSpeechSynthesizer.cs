using System.Text;
using System.Text.RegularExpressions;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Generation.Speech.Espeak;

/// <summary>
/// Offline speech through the espeak-ng command: the text goes in on stdin (never on the command line), the
/// WAV is written to a private temporary file and read back whole. One process per request; a cancelled or overdue
/// process is killed.
/// </summary>
/// <remarks>
/// A file, not stdout: espeak-ng writes its audio in 4 KB pieces, and reading them from a pipe woke the app about
/// sixty times a sentence.
/// </remarks>
public sealed partial class EspeakSpeechSynthesizer : ISpeechSynthesizer
{
    public const string Provider = "espeak-ng";
    /// <summary>espeak-ng's own default rate, which <see cref="SpeechRequest.Speed"/> 1.0 maps to.</summary>
    public const int NormalWordsPerMinute = 175;

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

        var wavPath = TemporaryFiles.NewPath("speech", ".wav");
        var args = new List<string> { "-w", wavPath, "-v", voice, "-s", WordsPerMinute(request.Speed).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (request.Pitch is { } pitch) args.AddRange(["-p", Math.Clamp(pitch, 0, 99).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        try
        {
            await RunAsync(args, request.Text, ct).ConfigureAwait(false);
            var wav = File.Exists(wavPath) ? File.ReadAllBytes(wavPath) : [];
            if (!WavFile.IsWav(wav)) throw new GenerationException(Provider, "espeak-ng produced no usable audio.");
            WavFile.FixSizes(wav);
            return new SpeechAudio(wav, WavFile.MediaType, WavFile.Duration(wav));
        }
        finally
        {
            File.Delete(wavPath);
        }
    }

    public async Task<IReadOnlyList<SpeechVoice>> ListVoicesAsync(CancellationToken ct)
    {
        var stdout = await RunAsync(["--voices"], stdin: null, ct).ConfigureAwait(false);
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

    // Plain text on stdin, never through a shell: no SSML (no -m), so "<" and "&" are just read out.
    private Task<byte[]> RunAsync(IReadOnlyList<string> args, string? stdin, CancellationToken ct) =>
        PipedProcess.RunAsync(_options.ExecutablePath, args, Encoding.UTF8.GetBytes(stdin ?? ""), Provider, _options.Timeout, ct);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_\-+./]{0,63}$")]
    private static partial Regex VoicePattern();
}
