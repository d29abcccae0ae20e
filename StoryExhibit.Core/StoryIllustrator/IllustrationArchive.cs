using System.IO.Compression;
using System.Text;
using System.Text.Json;
using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Core.StoryIllustrator;

/// <summary>
/// The illustrator's results beside the pictures: <see cref="CaptionsFile"/> for people, <see cref="ScenesFile"/> for the
/// viewer, and <see cref="ZipFile"/> holding the pictures, their JPEG copies and the captions.
/// </summary>
public static class IllustrationArchive
{
    public const string CaptionsFile = "captions.txt";
    public const string ScenesFile = "scenes.json";
    public const string ZipFile = "illustrations.zip";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Write(JobRun run, IReadOnlyList<PaintedScene> scenes)
    {
        var captions = new StringBuilder();
        foreach (var scene in scenes) captions.Append($"{scene.Number}. {scene.File}\n   {scene.Caption}\n\n");
        File.WriteAllText(Path.Combine(run.Folder, CaptionsFile), captions.ToString(), new UTF8Encoding(false));
        run.AddFile(CaptionsFile, "text/plain; charset=utf-8");
        File.WriteAllText(Path.Combine(run.Folder, ScenesFile), JsonSerializer.Serialize(scenes, Json), new UTF8Encoding(false));
        run.AddFile(ScenesFile, "application/json");

        var zipPath = Path.Combine(run.Folder, ZipFile);
        using (var zip = System.IO.Compression.ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            foreach (var name in scenes.SelectMany(s => new[] { s.File, s.RasterFile }).OfType<string>().Append(CaptionsFile))
                zip.CreateEntryFromFile(Path.Combine(run.Folder, name), name, CompressionLevel.Fastest);
        }
        run.AddFile(ZipFile, "application/zip");
    }

    /// <summary>The painted scenes of a finished job, read back from its <see cref="ScenesFile"/>.</summary>
    public static IReadOnlyList<PaintedScene> ReadScenes(string scenesPath) =>
        JsonSerializer.Deserialize<List<PaintedScene>>(File.ReadAllText(scenesPath), Json) ?? [];
}
