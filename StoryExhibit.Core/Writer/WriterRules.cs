using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Writer;

/// <summary>What the writer's inputs and outline must satisfy, with messages written for visitors, keyed by field.</summary>
public static class WriterRules
{
    public static WriterInputs Normalize(WriterInputs inputs) => inputs with
    {
        Persona = FreeText.Normalize(inputs.Persona),
        Setting = FreeText.Normalize(inputs.Setting),
        Characters = string.Join('\n', CharacterLines(inputs.Characters)),
        PlotElements = FreeText.Normalize(inputs.PlotElements, FreeTextKind.MultiLine),
        WritingStyle = FreeText.Normalize(inputs.WritingStyle),
        Tone = FreeText.Normalize(inputs.Tone),
    };

    public static WriterOutline Normalize(WriterOutline outline) => outline with
    {
        Title = FreeText.Normalize(outline.Title),
        Premise = FreeText.Normalize(outline.Premise, FreeTextKind.MultiLine),
        Chapters = [.. outline.Chapters.Select(c => new OutlineChapter(FreeText.Normalize(c.Title), FreeText.Normalize(c.Summary)))],
    };

    /// <summary>The characters, one a line (or separated by semicolons), normalised, blank lines gone.</summary>
    public static IReadOnlyList<string> CharacterLines(string? characters) =>
        [.. (characters ?? "").Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries).Select(c => FreeText.Normalize(c)).Where(c => c.Length > 0)];

    public static IReadOnlyList<(string Field, string Message)> Check(WriterInputs inputs)
    {
        inputs = Normalize(inputs);
        var problems = new List<(string, string)>();
        if (inputs.PlotElements.Length == 0) problems.Add((nameof(inputs.PlotElements), "Tell the writer what happens in your story."));
        else if (inputs.PlotElements.Length < 3) problems.Add((nameof(inputs.PlotElements), "Give the writer a few more words about what happens."));
        Max(problems, nameof(inputs.PlotElements), "what happens", inputs.PlotElements, WriterLimits.PlotMax);
        Max(problems, nameof(inputs.Persona), "the writer's persona", inputs.Persona, WriterLimits.PersonaMax);
        Max(problems, nameof(inputs.Setting), "the setting", inputs.Setting, WriterLimits.SettingMax);
        Max(problems, nameof(inputs.Characters), "the characters", inputs.Characters, WriterLimits.CharactersMax);
        if (CharacterLines(inputs.Characters).Count > WriterLimits.MaxCharacterLines)
            problems.Add((nameof(inputs.Characters), $"Up to {WriterLimits.MaxCharacterLines} characters, one a line."));
        if (!WriterLimits.Styles.Contains(inputs.WritingStyle)) problems.Add((nameof(inputs.WritingStyle), "Pick one of the writing styles."));
        if (!WriterLimits.Tones.Contains(inputs.Tone)) problems.Add((nameof(inputs.Tone), "Pick one of the tones."));
        if (!Enum.IsDefined(inputs.View)) problems.Add((nameof(inputs.View), "Pick first or third person."));
        if (!Enum.IsDefined(inputs.Audience)) problems.Add((nameof(inputs.Audience), "Pick who the story is for."));
        if (!Enum.IsDefined(inputs.Rating)) problems.Add((nameof(inputs.Rating), "Pick a content rating."));
        if (!Enum.IsDefined(inputs.Ending)) problems.Add((nameof(inputs.Ending), "Pick an ending."));
        if (inputs.Chapters is < WriterLimits.ChaptersMin or > WriterLimits.ChaptersMax) problems.Add(ChapterCount());
        return problems;
    }

    public static IReadOnlyList<(string Field, string Message)> Check(WriterOutline outline)
    {
        outline = Normalize(outline);
        var problems = new List<(string, string)>();
        if (outline.Premise.Length == 0) problems.Add((nameof(outline.Premise), "The outline needs a premise."));
        Max(problems, nameof(outline.Premise), "the premise", outline.Premise, WriterLimits.PremiseMax);
        Max(problems, nameof(outline.Title), "the title", outline.Title, WriterLimits.TitleMax);
        if (outline.Chapters.Count is < WriterLimits.ChaptersMin or > WriterLimits.ChaptersMax) problems.Add(ChapterCount());
        for (var i = 0; i < outline.Chapters.Count; i++)
        {
            var (title, summary) = outline.Chapters[i];
            var field = $"Chapters[{i}]";
            if (title.Length == 0) problems.Add((field, $"Chapter {i + 1} needs a title."));
            Max(problems, field, $"the title of chapter {i + 1}", title, WriterLimits.TitleMax);
            if (summary.Length == 0) problems.Add((field, $"Chapter {i + 1} needs a line about what happens."));
            Max(problems, field, $"the summary of chapter {i + 1}", summary, WriterLimits.SummaryMax);
        }
        return problems;
    }

    /// <summary>Problems as sentences naming the field, as <see cref="Jobs.IJobHandler{TInput}.Validate"/> returns them.</summary>
    public static IReadOnlyList<string> Sentences(IEnumerable<(string Field, string Message)> problems) =>
        [.. problems.Select(p => $"{p.Field}: {p.Message}")];

    private static (string, string) ChapterCount() =>
        ("Chapters", $"A story has {WriterLimits.ChaptersMin} to {WriterLimits.ChaptersMax} chapters.");

    private static void Max(List<(string, string)> problems, string field, string what, string text, int max)
    {
        if (text.Length > max) problems.Add((field, $"Keep {what} under {max} characters (now {text.Length})."));
    }
}
