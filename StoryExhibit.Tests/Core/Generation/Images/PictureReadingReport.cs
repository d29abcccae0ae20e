using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Offline;

namespace StoryExhibit.Tests.Core.Generation.Images;

/// <summary>What the offline illustrator's reader found in a labelled prompt, and how often it was right.</summary>
internal sealed record PictureReading(PicturePrompt Prompt, string Setting, string[] Subjects, string[] Features)
{
    public bool SettingRight => Setting == Prompt.Setting;
    public string[] Missed => Prompt.Subjects.Except(Subjects).ToArray();
    public string[] Extra => Subjects.Except(Prompt.Subjects).ToArray();
    public string[] FeaturesMissed => (Prompt.Features ?? []).Except(Features).ToArray();
    public bool AllRight => SettingRight && Missed.Length == 0 && Extra.Length == 0 && FeaturesMissed.Length == 0;
}

internal sealed record PictureReadingFigures(int Prompts, double SettingAccuracy, double SubjectRecall, double SubjectPrecision, double FeatureRecall,
    double AllRight, IReadOnlyList<PictureReading> Wrong);

internal static class PictureReadingReport
{
    public static PictureReading Read(PicturePrompt prompt)
    {
        var reading = SceneReader.Read(new ImageRequest
        {
            Prompt = prompt.Prompt, Characters = prompt.Characters ?? [], Genre = prompt.Genre,
        });
        return new PictureReading(prompt, reading.Setting.ToString(), reading.Figures.Select(f => f.Kind.ToString()).Distinct().ToArray(),
            reading.Features.Select(f => f.ToString()).ToArray());
    }

    public static PictureReadingFigures Measure(IReadOnlyList<PicturePrompt> prompts)
    {
        var readings = prompts.Select(Read).ToList();
        var expected = readings.Sum(r => r.Prompt.Subjects.Length);
        var found = readings.Sum(r => r.Subjects.Length);
        var features = readings.Sum(r => r.Prompt.Features?.Length ?? 0);
        return new PictureReadingFigures(
            readings.Count,
            readings.Count(r => r.SettingRight) / (double)readings.Count,
            expected == 0 ? 1 : (expected - readings.Sum(r => r.Missed.Length)) / (double)expected,
            found == 0 ? 1 : (found - readings.Sum(r => r.Extra.Length)) / (double)found,
            features == 0 ? 1 : (features - readings.Sum(r => r.FeaturesMissed.Length)) / (double)features,
            readings.Count(r => r.AllRight) / (double)readings.Count,
            readings.Where(r => !r.AllRight).ToList());
    }

    public static string Format(PictureReadingFigures f)
    {
        var lines = new List<string>
        {
            $"Picture reader on {f.Prompts} labelled prompts: setting {f.SettingAccuracy:P0}, subjects recall {f.SubjectRecall:P0} precision {f.SubjectPrecision:P0}, "
            + $"features recall {f.FeatureRecall:P0}; all right {f.AllRight:P0}",
        };
        foreach (var r in f.Wrong)
            lines.Add($"  {Short(r.Prompt.Prompt)}: setting {r.Setting} (want {r.Prompt.Setting}); subjects [{string.Join(", ", r.Subjects)}] "
                + $"(want [{string.Join(", ", r.Prompt.Subjects)}]); features [{string.Join(", ", r.Features)}]");
        return string.Join(Environment.NewLine, lines);
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
