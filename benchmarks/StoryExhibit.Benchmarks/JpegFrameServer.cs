using System.Diagnostics;
using StoryExhibit.Tests.Core.Generation.Images;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// The tests' independent SDXL-Turbo server (grpc-js, StoryExhibit.Tests/GrpcServer) streaming JPEG frames of the
/// given size, made once at start with ffmpeg's test source, at the fps the app asks for.
/// </summary>
internal sealed class JpegFrameServer : IAsyncDisposable
{
    private readonly GrpcTestServer _server;
    private readonly string _folder;

    private JpegFrameServer(GrpcTestServer server, string folder)
    {
        _server = server;
        _folder = folder;
    }

    public Uri Address => _server.Address;
    public long FrameBytes => (long)Directory.GetFiles(_folder, "*.jpg").Average(f => new FileInfo(f).Length);

    public static async Task<JpegFrameServer> StartAsync(int width, int height, int count = 16)
    {
        var folder = Directory.CreateTempSubdirectory("canvas-bench-jpeg-").FullName;
        var ffmpeg = Process.Start(new ProcessStartInfo("ffmpeg",
            ["-loglevel", "error", "-f", "lavfi", "-i", $"testsrc2=size={width}x{height}:rate=4", "-frames:v", count.ToString(), "-q:v", "4", Path.Combine(folder, "f%02d.jpg")])
        { RedirectStandardError = true })!;
        var errors = await ffmpeg.StandardError.ReadToEndAsync();
        await ffmpeg.WaitForExitAsync();
        if (ffmpeg.ExitCode != 0) throw new InvalidOperationException("ffmpeg failed: " + errors);

        var server = new GrpcTestServer { Environment = { ["FRAMES_DIR"] = folder } };
        await server.InitializeAsync();
        return new JpegFrameServer(server, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
