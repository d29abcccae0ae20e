using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Generation.Speech.Compression;
using StoryExhibit.Core.Generation.Speech.Espeak;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// What this machine charges for the bare minimum of a scene's input and output, with none of the app around it: a
/// Kestrel server in its own process (the app's runtime settings: server GC, no tiered PGO, no thread-pool spinning)
/// that streams a scene's words over one HTTP response as the story page gets them (45 pieces a tenth of a second apart,
/// one JSON line each, as LiveSceneEndpoints writes them) while it narrates six clips with the app's own espeak-ng and
/// opusenc runs, each stored as a file, named in the same response and downloaded. No circuit, no rendering, no
/// database, no Semantic Kernel. The server's CPU per scene (its own threads; the tools' CPU apart) is the floor under
/// the story benchmark's figure.
/// </summary>
internal static class FloorBenchmark
{
    public const string ServerArgument = "floor-server";
    private const int Pieces = 45;
    private static readonly TimeSpan PieceEvery = TimeSpan.FromMilliseconds(100);
    private const int ClipsPerScene = 6;

    private static readonly string[] Sentences =
    [
        "The lantern swung above the quiet harbour while Mira counted the boats coming home, one by one, against the evening tide.",
        "Somewhere beyond the lighthouse a bell rang twice, and the gulls rose from the rocks as if they had been waiting for it all day.",
        "She tucked the map into her coat and followed the narrow path down to the water, where the old ferryman was mending his nets.",
        "\"You are late,\" he said without looking up, \"but the sea is later still, and it never minds who keeps it waiting.\"",
        "They pushed off together into the silver dark, the oars creaking softly, the town's lights shrinking to a handful of sparks.",
        "Halfway across, the water began to glow beneath them, green and gold, as though a whole city were waking up under the waves.",
    ];

    public static async Task RunAsync(int scenes, int warmup)
    {
        using var server = StartServer(out var baseUrl);
        List<CpuSplit> words, clips, both, idle;
        try
        {
            using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(2) };
            await WaitUntilUpAsync(client);
            // Each part alone, then both together as a scene has them, each after its own warm-up.
            words = await MeasureAsync(server, warmup, scenes, () => ReadSceneAsync(client, Pieces, 0));
            clips = await MeasureAsync(server, warmup, scenes, () => ReadSceneAsync(client, 0, ClipsPerScene));
            both = await MeasureAsync(server, warmup, scenes, () => ReadSceneAsync(client, Pieces, ClipsPerScene));
            idle = await MeasureAsync(server, 0, 4, () => Task.Delay(Pieces * PieceEvery));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }

        Console.WriteLine($"Floor benchmark: a bare Kestrel server in its own process, the app's runtime settings, {Environment.ProcessorCount} cores; n = {scenes} scenes each, after {warmup} of warm-up");
        Console.WriteLine($"  a scene's words ({Pieces} pieces over one HTTP response, {PieceEvery.TotalMilliseconds:F0} ms apart): {Summary(words)}");
        Console.WriteLine($"  a scene's narration ({ClipsPerScene} clips: espeak-ng, opusenc, a file, a download): {Summary(clips)}; the tools {P50(clips, c => c.ToolsMs):F0} ms apart");
        Console.WriteLine($"  both at once, a scene's bare input and output:      {Summary(both)}");
        // Idle, thread-pool workers retire and take their switch counts with them: only the CPU is read.
        Console.WriteLine($"  the server idle for as long as a scene's words:     server CPU p50 {P50(idle, c => c.TotalMs):F0} ms");
        Console.WriteLine($"  of the story benchmark's goal (app CPU per scene under 100 ms p50), the bare minimum takes {P50(both, c => c.TotalMs):F0} ms");
    }

    private static string Summary(List<CpuSplit> cpu)
        => $"server CPU p50 {P50(cpu, c => c.TotalMs):F0} ms (its JIT {P50(cpu, c => c.JitMs):F0}), {P50(cpu, c => c.Switches):F0} thread switches";

    private static double P50(List<CpuSplit> cpu, Func<CpuSplit, double> figure) => Figures.Percentile(cpu.Select(figure).ToList(), 50);

    private static async Task<List<CpuSplit>> MeasureAsync(Process server, int warmup, int scenes, Func<Task> scene)
    {
        for (var i = 0; i < warmup; i++) await scene();
        var cpu = new List<CpuSplit>();
        for (var i = 0; i < scenes; i++)
        {
            var before = ProcessCpu.Read(server);
            await scene();
            cpu.Add(ProcessCpu.Read(server) - before);
        }
        return cpu;
    }

    /// <summary>Reads a scene's response to its end, downloading each clip as it is named.</summary>
    private static async Task ReadSceneAsync(HttpClient client, int pieces, int clips)
    {
        using var response = await client.GetAsync($"/scene?pieces={pieces}&clips={clips}", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var (words, downloads) = (0, new List<Task<byte[]>>());
        while (await reader.ReadLineAsync() is { } line)
        {
            using var step = JsonDocument.Parse(line);
            if (step.RootElement.TryGetProperty("clip", out var clip)) downloads.Add(client.GetByteArrayAsync($"/clips/{clip.GetString()}"));
            else words++;
        }
        var audio = await Task.WhenAll(downloads);
        if (words != pieces || audio.Length != clips || audio.Any(a => a.Length < 1000))
            throw new InvalidOperationException($"Expected {pieces} pieces and {clips} clips of speech, read {words} and {audio.Length}.");
    }

    private static async Task WaitUntilUpAsync(HttpClient client)
    {
        for (var tries = 0; ; tries++)
        {
            try
            {
                using var response = await client.GetAsync("/up");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) when (tries < 100) { }
            await Task.Delay(100);
        }
    }

    private static Process StartServer(out Uri baseUrl)
    {
        var port = AppServer.FreePort();
        baseUrl = new Uri($"http://127.0.0.1:{port}");
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(FloorBenchmark).Assembly.Location);
        start.ArgumentList.Add(ServerArgument);
        start.ArgumentList.Add(baseUrl.ToString());
        // The app's runtime settings (StoryExhibit.Web.csproj and the Web SDK's default).
        start.Environment["DOTNET_gcServer"] = "1";
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"] = "0";
        return Process.Start(start)!;
    }

    /// <summary>The bare server, run in the child process.</summary>
    public static async Task ServeAsync(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        var folder = Directory.CreateTempSubdirectory("storyexhibit-floor-").FullName;
        var speech = new EspeakSpeechSynthesizer();
        var encoder = new SpeechAudioEncoder();

        app.MapGet("/up", () => Results.Ok());
        // The words a tenth of a second apart and, beside them, the clips one after another, each named when stored.
        app.MapGet("/scene", async (int pieces, int clips, HttpContext http, CancellationToken ct) =>
        {
            http.Response.ContentType = "application/x-ndjson; charset=utf-8";
            var writing = new SemaphoreSlim(1);
            async Task WriteAsync(Action<Utf8JsonWriter> step)
            {
                await writing.WaitAsync(ct);
                try
                {
                    using (var json = new Utf8JsonWriter(http.Response.BodyWriter)) step(json);
                    http.Response.BodyWriter.Write("\n"u8);
                    await http.Response.BodyWriter.FlushAsync(ct);
                }
                finally { writing.Release(); }
            }
            async Task WordsAsync()
            {
                const string piece = "a few more words ";
                for (var i = 0; i < pieces; i++)
                {
                    await Task.Delay(PieceEvery, ct);
                    await WriteAsync(json =>
                    {
                        json.WriteStartObject();
                        json.WriteNumber("at", i * piece.Length);
                        json.WriteString("add", piece);
                        json.WriteEndObject();
                    });
                }
            }
            async Task ClipsAsync()
            {
                foreach (var sentence in Sentences.Take(clips))
                {
                    var audio = await encoder.CompressAsync(await speech.SynthesizeAsync(new SpeechRequest(sentence), ct), ct);
                    var name = $"{Guid.NewGuid():N}.ogg";
                    await File.WriteAllBytesAsync(Path.Combine(folder, name), audio.Bytes, ct);
                    await WriteAsync(json =>
                    {
                        json.WriteStartObject();
                        json.WriteString("clip", name);
                        json.WriteEndObject();
                    });
                }
            }
            await Task.WhenAll(WordsAsync(), ClipsAsync());
        });
        app.MapGet("/clips/{name}", (string name) => Results.File(Path.Combine(folder, Path.GetFileName(name)), SpeechAudioEncoder.MediaType));
        try { await app.RunAsync(); }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
