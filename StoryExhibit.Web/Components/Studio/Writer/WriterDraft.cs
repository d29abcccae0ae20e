using StoryExhibit.Core.Stories;
using StoryExhibit.Core.Writer;

namespace StoryExhibit.Web.Components.Studio.Writer;

/// <summary>The writer page's form as the visitor fills it in: the inputs, then the outline they may edit.</summary>
public sealed class WriterDraft
{
    public string Persona { get; set; } = "";
    public string Setting { get; set; } = "";
    public string Characters { get; set; } = "";
    public string PlotElements { get; set; } = "";
    public string WritingStyle { get; set; } = WriterLimits.Styles[0];
    public string Tone { get; set; } = WriterLimits.Tones[0];
    public NarrativeView View { get; set; } = NarrativeView.ThirdPerson;
    public Audience Audience { get; set; } = Audience.Teens;
    public ContentRating Rating { get; set; } = ContentRating.Mild;
    public EndingPreference Ending { get; set; } = EndingPreference.Happy;
    public int Chapters { get; set; } = 5;

    public string Title { get; set; } = "";
    public string Premise { get; set; } = "";
    public List<DraftChapter> Outline { get; } = [];

    public WriterInputs Inputs => new()
    {
        Persona = Persona, Setting = Setting, Characters = Characters, PlotElements = PlotElements, WritingStyle = WritingStyle,
        Tone = Tone, View = View, Audience = Audience, Rating = Rating, Ending = Ending, Chapters = Chapters,
    };

    public WriterOutline OutlineAsWritten => new()
    {
        Title = Title, Premise = Premise, Chapters = [.. Outline.Select(c => new OutlineChapter(c.Title, c.Summary))],
    };

    public void Take(WriterOutline outline)
    {
        Title = outline.Title;
        Premise = outline.Premise;
        Outline.Clear();
        Outline.AddRange(outline.Chapters.Select(c => new DraftChapter { Title = c.Title, Summary = c.Summary }));
    }

    public void Move(int index, int by)
    {
        var to = index + by;
        if (to < 0 || to >= Outline.Count) return;
        (Outline[index], Outline[to]) = (Outline[to], Outline[index]);
    }
}

public sealed class DraftChapter
{
    /// <summary>Keeps each chapter's fields its own while chapters are moved, added and removed.</summary>
    public Guid Key { get; } = Guid.NewGuid();
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
}
