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

namespace StoryExhibit.Benchmarks;

/// <summary>
/// What this machine charges for the bare minimum of a scene's input and output, with none of the app around it: a
/// Kestrel server in its own process (the app's runtime settings: server GC, no tiered PGO, no thread-pool spinning)
/// that streams a scene's words over one HTTP response as the story page gets them (45 pieces a tenth of a second apart,
/// one JSON line each, as LiveSceneEndpoints writes them), and narrates six clips with the app's own espeak-ng and
/// opusenc runs, each stored as a file and downloaded. No circuit, no rendering, no database, no Semantic Kernel. The
/// server's CPU per scene (its own threads; the tools' CPU apart) is the floor under the story benchmark's figure.
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
            words = await MeasureAsync(server, warmup, scenes, () => ReadWordsAsync(client));
            clips = await MeasureAsync(server, warmup, scenes, () => NarrateAsync(client));
            both = await MeasureAsync(server, warmup, scenes, () => Task.WhenAll(ReadWordsAsync(client), NarrateAsync(client)));
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
        Console.WriteLine($"  the server idle for as long as a scene's words:     {Summary(idle)}");
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

    private static async Task ReadWordsAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/words", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var lines = 0;
        while (await reader.ReadLineAsync() is not null) lines++;
        if (lines != Pieces) throw new InvalidOperationException($"Expected {Pieces} pieces, read {lines}.");
    }

    private static async Task NarrateAsync(HttpClient client)
    {
        foreach (var sentence in Sentences.Take(ClipsPerScene))
        {
            using var made = await client.PostAsync("/clips", new StringContent(sentence));
            made.EnsureSuccessStatusCode();
            var bytes = await client.GetByteArrayAsync(made.Headers.Location);
            if (bytes.Length < 1000) throw new InvalidOperationException("The clip is too short to be speech.");
        }
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
        var port = FreePort();
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

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
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
        app.MapGet("/words", async (HttpContext http, CancellationToken ct) =>
        {
            http.Response.ContentType = "application/x-ndjson; charset=utf-8";
            var prose = 0;
            for (var i = 0; i < Pieces; i++)
            {
                await Task.Delay(PieceEvery, ct);
                const string piece = "a few more words ";
                using (var json = new Utf8JsonWriter(http.Response.BodyWriter))
                {
                    json.WriteStartObject();
                    json.WriteNumber("at", prose);
                    json.WriteString("add", piece);
                    json.WriteEndObject();
                }
                http.Response.BodyWriter.Write("\n"u8);
                await http.Response.BodyWriter.FlushAsync(ct);
                prose += piece.Length;
            }
        });
        app.MapPost("/clips", async (HttpRequest request, CancellationToken ct) =>
        {
            var sentence = await new StreamReader(request.Body).ReadToEndAsync(ct);
            var audio = await encoder.CompressAsync(await speech.SynthesizeAsync(new SpeechRequest(sentence), ct), ct);
            var name = $"{Guid.NewGuid():N}.ogg";
            await File.WriteAllBytesAsync(Path.Combine(folder, name), audio.Bytes, ct);
            return Results.Created($"/clips/{name}", null);
        });
        app.MapGet("/clips/{name}", (string name) => Results.File(Path.Combine(folder, Path.GetFileName(name)), SpeechAudioEncoder.MediaType));
        try { await app.RunAsync(); }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
