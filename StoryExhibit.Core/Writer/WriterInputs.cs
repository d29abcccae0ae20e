using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Writer;

/// <summary>Whose eyes the story is told through.</summary>
public enum NarrativeView { ThirdPerson, FirstPerson }

/// <summary>
/// What a visitor (or an integration) gives the long-form writer, as the seed document has it: who writes, where, who,
/// what happens, how it sounds, for whom, how intense at most, how it ends and in how many chapters.
/// </summary>
public sealed record WriterInputs
{
    /// <summary>Who the writer pretends to be: "Award-winning science fiction author".</summary>
    public string Persona { get; init; } = "";
    public string Setting { get; init; } = "";
    /// <summary>One character a line: "John, a tall man with a kind heart".</summary>
    public string Characters { get; init; } = "";
    public string PlotElements { get; init; } = "";
    public string WritingStyle { get; init; } = WriterLimits.Styles[0];
    public string Tone { get; init; } = WriterLimits.Tones[0];
    public NarrativeView View { get; init; } = NarrativeView.ThirdPerson;
    public Audience Audience { get; init; } = Audience.Teens;
    public ContentRating Rating { get; init; } = ContentRating.Mild;
    public EndingPreference Ending { get; init; } = EndingPreference.Happy;
    public int Chapters { get; init; } = 5;
}

/// <summary>The writer's plan: a title, a premise and one title and one-line summary per chapter. The visitor may edit it.</summary>
public sealed record WriterOutline
{
    public string Title { get; init; } = "";
    public string Premise { get; init; } = "";
    public IReadOnlyList<OutlineChapter> Chapters { get; init; } = [];
}

public sealed record OutlineChapter(string Title, string Summary);

/// <summary>Bounds on what the writer accepts; the form and the checks share them.</summary>
public static class WriterLimits
{
    public const int PersonaMax = 80;
    public const int SettingMax = 160;
    public const int CharactersMax = 300;
    public const int MaxCharacterLines = 4;
    public const int PlotMax = 400;
    public const int ChaptersMin = StoryLimits.LengthMin;
    public const int ChaptersMax = StoryLimits.LengthMax;
    public const int TitleMax = 80;
    public const int PremiseMax = StoryLimits.PromptMax;
    public const int SummaryMax = 240;

    public static readonly IReadOnlyList<string> Styles = ["Casual", "Descriptive", "Poetic", "Formal", "Humorous", "Conversational"];
    public static readonly IReadOnlyList<string> Tones = ["Adventurous", "Heartwarming", "Suspenseful", "Mysterious", "Whimsical", "Hopeful"];
}
