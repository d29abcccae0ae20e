using System.Diagnostics;
using System.Globalization;

namespace StoryExhibit.Tests.Core.Generation.Songs;

/// <summary>Real audio for song tests, made and measured by ffmpeg and ffprobe (installed by scripts/setup.sh).</summary>
internal static class SongAudio
{
    /// <summary>A short Ogg Opus loop of a soft chord, written to a temp file: the backing a composer would give.</summary>
    public static async Task<string> BackingFileAsync(double seconds = 4)
    {
        var path = Path.Combine(Path.GetTempPath(), $"storyexhibit-backing-{Guid.NewGuid():N}.ogg");
        await RunAsync("ffmpeg", "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i",
            $"sine=frequency=220:duration={seconds.ToString(CultureInfo.InvariantCulture)},volume=0.3", "-f", "lavfi", "-i",
            $"sine=frequency=277:duration={seconds.ToString(CultureInfo.InvariantCulture)},volume=0.3",
            "-filter_complex", "amix=inputs=2", "-c:a", "libopus", "-b:a", "48k", path);
        return path;
    }

    public static async Task<byte[]> OggAsync(double seconds = 2)
    {
        var path = await BackingFileAsync(seconds);
        try { return await File.ReadAllBytesAsync(path); }
        finally { File.Delete(path); }
    }

    public static async Task<double> DurationAsync(byte[] audio) =>
        double.Parse((await ProbeAsync(audio, "ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0")).Trim(), CultureInfo.InvariantCulture);

    /// <summary>The container and codec as ffprobe reads them, e.g. "ogg/opus".</summary>
    public static async Task<string> FormatAsync(byte[] audio)
    {
        var container = (await ProbeAsync(audio, "ffprobe", "-v", "error", "-show_entries", "format=format_name", "-of", "csv=p=0")).Trim();
        var codec = (await ProbeAsync(audio, "ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries", "stream=codec_name", "-of", "csv=p=0")).Trim();
        return $"{container}/{codec}";
    }

    /// <summary>The mean loudness in dB (ffmpeg's volumedetect): silence is -91 dB, speech or music well above -40.</summary>
    public static async Task<double> MeanVolumeAsync(byte[] audio)
    {
        var report = await ProbeAsync(audio, "ffmpeg", "-hide_banner", "-nostats", "-af", "volumedetect", "-f", "null", "-", "-i");
        var line = report.Split('\n').First(l => l.Contains("mean_volume:", StringComparison.Ordinal));
        return double.Parse(line[(line.IndexOf("mean_volume:", StringComparison.Ordinal) + 12)..].Replace("dB", "").Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a tool on the audio written to a temp file (the path goes last, or right after a trailing "-i").</summary>
    private static async Task<string> ProbeAsync(byte[] audio, string tool, params string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), $"storyexhibit-song-{Guid.NewGuid():N}.audio");
        await File.WriteAllBytesAsync(path, audio);
        try
        {
            var list = args[^1] == "-i" ? ["-i", path, .. args[..^1]] : args.Append(path).ToArray();
            return await RunAsync(tool, list);
        }
        finally { File.Delete(path); }
    }

    private static async Task<string> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {await stderr}");
        return await stdout + await stderr;
    }
}
