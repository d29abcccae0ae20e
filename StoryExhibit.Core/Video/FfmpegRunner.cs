using System.Globalization;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Speech;

namespace StoryExhibit.Core.Video;

/// <summary>
/// Runs ffmpeg and ffprobe through <see cref="PipedProcess"/> (no shell; a cancelled run kills its process and only
/// it). <see cref="ProcessStarted"/> names each process started, so a test can check none outlives a cancel.
/// </summary>
public sealed class FfmpegRunner(Func<VideoOptions> current)
{
    public const string Tool = "ffmpeg";

    public event Action<int>? ProcessStarted;

    public VideoOptions Options => current();

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken ct)
        => await RunToolAsync(Options.FfmpegPath, ["-hide_banner", "-loglevel", "error", "-nostdin", "-y", .. args], Tool, ct).ConfigureAwait(false);

    /// <summary>The length of an audio or video file in seconds, or null when ffprobe cannot tell.</summary>
    public async Task<double?> DurationAsync(string path, CancellationToken ct)
    {
        var output = await RunToolAsync(Options.FfprobePath, ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path], "ffprobe", ct).ConfigureAwait(false);
        return double.TryParse(System.Text.Encoding.UTF8.GetString(output).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
    }

    private async Task<byte[]> RunToolAsync(string executable, IEnumerable<string> args, string tool, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var process = PipedProcess.Start(executable, args, tool);
        ProcessStarted?.Invoke(process.ProcessId);
        try
        {
            return await process.RunAsync(ReadOnlyMemory<byte>.Empty, Options.Timeout, ct).ConfigureAwait(false);
        }
        catch (GenerationException ex) when (tool == Tool)
        {
            throw new GenerationException(Tool, "The video could not be made.", ex, ex.Detail);
        }
    }
}
