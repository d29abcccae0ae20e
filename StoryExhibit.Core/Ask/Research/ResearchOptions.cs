using StoryExhibit.Core.Ask.Research.WordNet;

namespace StoryExhibit.Core.Ask.Research;

/// <summary>Research answers (<c>Ask:Research</c> in appsettings.json). The model is the text provider <c>Generation:Text</c> names.</summary>
public sealed class ResearchOptions
{
    public const string Section = "Ask:Research";

    /// <summary>Where WordNet's database files are (Debian's wordnet-base package puts them in /usr/share/wordnet).</summary>
    public string WordNetFolder { get; set; } = WordNetDatabase.DebianFolder;

    /// <summary>How long the model may take to start its answer, and pause between two fragments, before the offline answer is given instead.</summary>
    public TimeSpan ModelPatience { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest answer the model may write, in tokens.</summary>
    public int MaxAnswerTokens { get; set; } = 300;
}
