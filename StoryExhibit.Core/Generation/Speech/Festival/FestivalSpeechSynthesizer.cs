using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Generation.Speech.Festival;

/// <summary>
/// Offline speech through Festival's <c>text2wave</c>: the text goes in on stdin as plain text (Festival's text mode
/// reads it aloud and never evaluates it as Scheme), a WAV comes back on stdout. Only our own fixed expressions are
/// passed to <c>-eval</c>: the voice name is checked against a strict pattern and numbers are formatted by us.
/// </summary>
public sealed partial class FestivalSpeechSynthesizer : ISpeechSynthesizer
{
    public const string Provider = "festival";
    /// <summary>The CMU Arctic "SLT" HTS voice from festvox-us-slt-hts: a clear American female voice.</summary>
    public const string SltVoice = "cmu_us_slt_arctic_hts";

    private static readonly Encoding Latin1 = Encoding.Latin1;
    private readonly FestivalOptions _options;

    public FestivalSpeechSynthesizer(FestivalOptions? options = null)
    {
        _options = options ?? new FestivalOptions();
        ArgumentException.ThrowIfNullOrWhiteSpace(_options.Text2WavePath, nameof(_options.Text2WavePath));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_options.Timeout, TimeSpan.Zero, nameof(_options.Timeout));
    }

    public string Name => Provider;

    public async Task<SpeechAudio> SynthesizeAsync(SpeechRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = Plain(request.Text ?? "");
        if (string.IsNullOrWhiteSpace(text)) throw new GenerationException(Provider, "There is no text to speak.");
        var voice = string.IsNullOrWhiteSpace(request.Voice) ? _options.DefaultVoice : request.Voice.Trim();
        if (!VoicePattern().IsMatch(voice)) throw new GenerationException(Provider, $"'{voice}' is not a voice name Festival knows.");

        var speed = Math.Clamp(double.IsFinite(request.Speed) && request.Speed > 0 ? request.Speed : 1.0, 0.3, 3.0);
        var rate = speed.ToString("0.###", CultureInfo.InvariantCulture);
        var stretch = (1 / speed).ToString("0.###", CultureInfo.InvariantCulture);
        string[] args =
        [
            "-eval", $"(voice_{voice})",
            // HTS voices take their speed from the engine's -r; other voices from Duration_Stretch.
            "-eval", $"(set! hts_engine_params (cons (list \"-r\" {rate}) hts_engine_params))",
            "-eval", $"(Parameter.set 'Duration_Stretch {stretch})",
            "-o", "-",
        ];
        var stdout = await PipedProcess.RunAsync(_options.Text2WavePath, args, Latin1.GetBytes(text + "\n"), Provider, _options.Timeout, ct).ConfigureAwait(false);
        if (!WavFile.IsWav(stdout)) throw new GenerationException(Provider, $"Festival produced no audio: is the voice '{voice}' installed?");
        WavFile.FixSizes(stdout);
        return new SpeechAudio(stdout, WavFile.MediaType, WavFile.Duration(stdout));
    }

    public async Task<IReadOnlyList<SpeechVoice>> ListVoicesAsync(CancellationToken ct)
    {
        var stdout = await PipedProcess.RunAsync(_options.FestivalPath, ["--batch", "(print (voice.list))"], ReadOnlyMemory<byte>.Empty, Provider, _options.Timeout, ct)
            .ConfigureAwait(false);
        return ParseVoices(Encoding.UTF8.GetString(stdout));
    }

    /// <summary>Parses Festival's printed voice list, e.g. "(cmu_us_slt_arctic_hts kal_diphone)".</summary>
    internal static IReadOnlyList<SpeechVoice> ParseVoices(string listing) =>
        [.. VoiceName().Matches(listing).Select(m => m.Value).Distinct(StringComparer.Ordinal)
            .Select(id => new SpeechVoice(id, id == SltVoice ? "SLT (American English, female)" : id.Replace('_', ' '), id.Contains("_us_", StringComparison.Ordinal) ? "en-us" : null,
                id == SltVoice ? "F" : null))];

    /// <summary>
    /// Festival reads Latin-1: typographic quotes and dashes become their plain forms, and characters it cannot read
    /// become spaces (rather than the bytes of their UTF-8 encoding being read out).
    /// </summary>
    internal static string Plain(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u2032' => "'",
                '\u201C' or '\u201D' or '\u201E' or '\u2033' => "\"",
                '\u2013' or '\u2014' or '\u2015' => ", ",
                '\u2026' => "...",
                '\r' or '\n' or '\t' => " ",
                _ when c < ' ' || c > '\u00FF' => " ",
                _ => c.ToString(),
            });
        }
        return builder.ToString().Trim();
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$")]
    private static partial Regex VoicePattern();

    [GeneratedRegex("[a-z][a-z0-9_]{2,63}")]
    private static partial Regex VoiceName();
}
