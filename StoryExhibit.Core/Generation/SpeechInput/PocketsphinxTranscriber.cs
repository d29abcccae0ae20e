using System.Text;
using StoryExhibit.Core.Generation.Speech;

namespace StoryExhibit.Core.Generation.SpeechInput;

/// <summary>
/// Offline speech input with Debian's pocketsphinx and its US English model. pocketsphinx_continuous reads only from a
/// file or a sound card, so the converted audio is written to a private temporary file that is deleted as soon as
/// the words are out (or the call fails or is cancelled).
/// </summary>
public sealed class PocketsphinxTranscriber(SpeechInputOptions options) : ISpeechTranscriber
{
    public const string Provider = "Pocketsphinx";
    public const string Tool = "pocketsphinx";

    public string Name => Provider;

    public async Task<Transcript> TranscribeAsync(SpokenAudio audio, CancellationToken ct)
    {
        var pcm = await RecognitionAudio.FromAsync(audio, options, ct).ConfigureAwait(false);
        if (pcm.Pcm.Length == 0) return new Transcript("", TimeSpan.Zero);
        var file = TemporaryAudio.PathFor(".raw");
        try
        {
            await TemporaryAudio.WriteAsync(file, pcm.Pcm, ct).ConfigureAwait(false);
            var output = await PipedProcess.RunAsync(options.PocketsphinxPath, Arguments(file), ReadOnlyMemory<byte>.Empty, Tool, options.OfflineTimeout, ct)
                .ConfigureAwait(false);
            return new Transcript(Words(output), pcm.Duration);
        }
        finally
        {
            TemporaryAudio.Delete(file);
        }
    }

    /// <summary>Whether the program and its model are installed (for the health page).</summary>
    public static bool IsInstalled(SpeechInputOptions options, out string problem)
    {
        problem = "";
        if (!OnPath(options.PocketsphinxPath)) problem = $"{options.PocketsphinxPath} is not installed: run scripts/setup.sh (Debian package pocketsphinx).";
        else if (ModelFiles(options).FirstOrDefault(f => !File.Exists(f) && !Directory.Exists(f)) is { } missing)
            problem = $"The pocketsphinx English model is missing ({missing}): run scripts/setup.sh (Debian package pocketsphinx-en-us).";
        return problem.Length == 0;
    }

    private IEnumerable<string> Arguments(string file)
    {
        var files = ModelFiles(options);
        return ["-infile", file, "-hmm", files[0], "-lm", files[1], "-dict", files[2], "-samprate", RecognitionAudio.SampleRate.ToString(System.Globalization.CultureInfo.InvariantCulture), "-logfn", "/dev/null"];
    }

    private static string[] ModelFiles(SpeechInputOptions o) =>
    [
        Path.Combine(o.ModelDirectory, "en-us"),
        Path.Combine(o.ModelDirectory, "en-us.lm.bin"),
        Path.Combine(o.ModelDirectory, "cmudict-en-us.dict"),
    ];

    /// <summary>One line per stretch of speech; joined into one sentence.</summary>
    private static string Words(byte[] output) =>
        string.Join(' ', Encoding.UTF8.GetString(output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static bool OnPath(string executable) =>
        Path.IsPathRooted(executable) ? File.Exists(executable)
        : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, executable)));
}
