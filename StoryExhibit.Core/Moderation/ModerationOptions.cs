using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Moderation;

/// <summary>
/// How much of each category a story may contain (<c>Exhibit:Moderation</c>; staff tune it on the settings page).
/// A text is allowed when every category it contains is within both its rating's level and its audience's level.
/// </summary>
public sealed class ModerationOptions
{
    public const string Section = "Exhibit:Moderation";

    public CategoryLevels Gentle { get; set; } = new() { Fear = 1 };
    public CategoryLevels Mild { get; set; } = new() { Fear = 2, Violence = 1 };
    public CategoryLevels Thrilling { get; set; } = new() { Fear = 3, Violence = 2, Gore = 1, Profanity = 1 };

    public CategoryLevels Children { get; set; } = new() { Fear = 2, Violence = 1 };
    public CategoryLevels Teens { get; set; } = new() { Fear = 3, Violence = 2, Gore = 1, Profanity = 1 };
    public CategoryLevels Adults { get; set; } = new() { Fear = 3, Violence = 3, Gore = 3, Sexual = 3, Profanity = 3, Hate = 3, SelfHarm = 3 };

    /// <summary>Ask the configured text provider too (its moderation endpoint or a classification prompt); the word lists always run.</summary>
    public bool UseProvider { get; set; } = true;
    /// <summary>How long a visitor waits at most for the provider's verdict before the word lists decide alone.</summary>
    public TimeSpan ProviderTimeout { get; set; } = TimeSpan.FromSeconds(4);
    /// <summary>The OpenAI moderation model, used when the provider is OpenAI itself.</summary>
    public string ModerationModel { get; set; } = "omni-moderation-latest";
    public ProviderModerationMethod ProviderMethod { get; set; } = ProviderModerationMethod.Auto;

    public CategoryLevels For(ContentRating rating) => rating switch
    {
        ContentRating.Gentle => Gentle,
        ContentRating.Mild => Mild,
        _ => Thrilling,
    };

    public CategoryLevels For(Audience audience) => audience switch
    {
        Audience.Children => Children,
        Audience.Teens => Teens,
        _ => Adults,
    };

    /// <summary>The highest severity of <paramref name="category"/> a story of this rating and audience may contain.</summary>
    public int Allowed(ModerationCategory category, ContentRating rating, Audience audience) =>
        Math.Min(For(rating)[category], For(audience)[category]);
}

/// <summary>The highest severity allowed per category (0 to 3).</summary>
public sealed class CategoryLevels
{
    public int Fear { get; set; }
    public int Violence { get; set; }
    public int Gore { get; set; }
    public int Sexual { get; set; }
    public int Profanity { get; set; }
    public int Hate { get; set; }
    public int SelfHarm { get; set; }

    public int this[ModerationCategory category]
    {
        get => category switch
        {
            ModerationCategory.Fear => Fear,
            ModerationCategory.Violence => Violence,
            ModerationCategory.Gore => Gore,
            ModerationCategory.Sexual => Sexual,
            ModerationCategory.Profanity => Profanity,
            ModerationCategory.Hate => Hate,
            _ => SelfHarm,
        };
        set
        {
            switch (category)
            {
                case ModerationCategory.Fear: Fear = value; break;
                case ModerationCategory.Violence: Violence = value; break;
                case ModerationCategory.Gore: Gore = value; break;
                case ModerationCategory.Sexual: Sexual = value; break;
                case ModerationCategory.Profanity: Profanity = value; break;
                case ModerationCategory.Hate: Hate = value; break;
                default: SelfHarm = value; break;
            }
        }
    }
}
