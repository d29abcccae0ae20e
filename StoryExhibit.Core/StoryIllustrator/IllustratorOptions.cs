using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.StoryIllustrator;

/// <summary>Limits of the studio's illustrator: how much text it takes in, from where, and how many pictures it paints.</summary>
public sealed class IllustratorOptions
{
    public const string Section = "StoryIllustrator";

    /// <summary>The largest uploaded file or downloaded page, in bytes.</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;
    /// <summary>The most pictures one job paints.</summary>
    public int MaxPictures { get; set; } = 12;
    /// <summary>The most text read from a story; the rest is left out.</summary>
    public int MaxTextCharacters { get; set; } = 200_000;
    /// <summary>How long fetching a URL may take, connecting and reading together.</summary>
    public TimeSpan UrlTimeout { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>How many redirects a URL may follow (each checked like the first address).</summary>
    public int MaxRedirects { get; set; } = 3;
    /// <summary>Lets URLs reach loopback, private and link-local addresses: for tests and closed installations only.</summary>
    public bool AllowPrivateNetworks { get; set; }
    /// <summary>The rating and audience a story's text is moderated for before it is painted.</summary>
    public ContentRating Rating { get; set; } = ContentRating.Thrilling;
    public Audience Audience { get; set; } = Audience.Teens;
}
