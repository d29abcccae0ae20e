using Microsoft.Extensions.Options;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Settings;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Web.Settings;

/// <summary>The moderation page's fields: per category, the highest level each rating and each audience allows, and whether the provider is asked too.</summary>
public sealed class ModerationSettingsForm
{
    public Dictionary<ContentRating, CategoryLevels> Ratings { get; set; } = [];
    public Dictionary<Audience, CategoryLevels> Audiences { get; set; } = [];
    public bool UseProvider { get; set; } = true;
    public double ProviderTimeoutSeconds { get; set; } = 4;

    /// <summary>What each level of a category means, 0 to 3, for the level pickers.</summary>
    public static string LevelName(ModerationCategory category, int level) => level == 0 ? "None" : (category, level) switch
    {
        (ModerationCategory.Fear, 1) => "Spooky",
        (ModerationCategory.Fear, 2) => "Monsters, frights",
        (ModerationCategory.Fear, _) => "Horror",
        (ModerationCategory.Violence, 1) => "Fights",
        (ModerationCategory.Violence, 2) => "Killing, stabbing",
        (ModerationCategory.Violence, _) => "Murder, torture",
        (ModerationCategory.Gore, 1) => "Blood",
        (ModerationCategory.Gore, 2) => "Gore",
        (ModerationCategory.Gore, _) => "Graphic gore",
        (ModerationCategory.Profanity, 1) => "Mild (damn, hell)",
        (ModerationCategory.Profanity, 2) => "Strong",
        (ModerationCategory.Profanity, _) => "Anything",
        (_, 1) => "Mild",
        (_, 2) => "Moderate",
        _ => "Anything",
    };

    public static string CategoryName(ModerationCategory category) => category == ModerationCategory.SelfHarm ? "Self-harm" : category.ToString();
}

/// <summary>Everything behind the moderation page, checked with the same rules that stop the app at start.</summary>
public sealed class ModerationSettingsEditor(
    IConfiguration configuration, SettingsStore store, IEnumerable<IValidateOptions<ModerationOptions>> rules, ILogger<ModerationSettingsEditor> log)
{
    private const string M = ModerationOptions.Section + ":";

    public ModerationSettingsForm Load()
    {
        var current = Current();
        return new ModerationSettingsForm
        {
            Ratings = Enum.GetValues<ContentRating>().ToDictionary(r => r, r => Copy(current.For(r))),
            Audiences = Enum.GetValues<Audience>().ToDictionary(a => a, a => Copy(current.For(a))),
            UseProvider = current.UseProvider,
            ProviderTimeoutSeconds = current.ProviderTimeout.TotalSeconds,
        };
    }

    /// <summary>The levels as the form has them, to try a text against before saving.</summary>
    public ModerationOptions Candidate(ModerationSettingsForm form) => Apply(form);

    public IReadOnlyDictionary<string, string> Check(ModerationSettingsForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        SettingsEditing.Validate(rules, Apply(form), new Dictionary<string, string>(), errors);
        return errors;
    }

    /// <summary>Saves the form; only admins may change the levels (staff may look), so the caller says who is asking.</summary>
    public Task<SettingsSaveResult> SaveAsync(ModerationSettingsForm form, string changedBy, bool isAdmin, CancellationToken ct)
    {
        if (!isAdmin)
            return Task.FromResult(new SettingsSaveResult(new Dictionary<string, string> { [""] = "Only admins can change the moderation levels." }, []));
        return SettingsEditing.SaveAsync(store, Check(form), () => SettingsEditing.Changes(configuration, Values(Apply(form)), Values(new ModerationOptions())),
            SettingsEditing.NoSecrets, changedBy, log, ct);
    }

    public Task<IReadOnlyList<SettingChange>> RecentChangesAsync(int count, CancellationToken ct) => store.RecentChangesAsync(count, ct);

    private ModerationOptions Current() => SettingsEditing.Bind<ModerationOptions>(configuration, ModerationOptions.Section);

    private ModerationOptions Apply(ModerationSettingsForm form)
    {
        var candidate = Current();
        foreach (var (rating, levels) in form.Ratings) Fill(candidate.For(rating), levels);
        foreach (var (audience, levels) in form.Audiences) Fill(candidate.For(audience), levels);
        candidate.UseProvider = form.UseProvider;
        candidate.ProviderTimeout = TimeSpan.FromSeconds(Math.Round(form.ProviderTimeoutSeconds, 1));
        return candidate;
    }

    private static void Fill(CategoryLevels target, CategoryLevels source)
    {
        foreach (var category in Enum.GetValues<ModerationCategory>()) target[category] = source[category];
    }

    private static CategoryLevels Copy(CategoryLevels source)
    {
        var copy = new CategoryLevels();
        Fill(copy, source);
        return copy;
    }

    private static Dictionary<string, string> Values(ModerationOptions o)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [M + "UseProvider"] = SettingsEditing.Bool(o.UseProvider),
            [M + "ProviderTimeout"] = SettingsEditing.Seconds(o.ProviderTimeout),
        };
        var groups = Enum.GetValues<ContentRating>().Select(r => (r.ToString(), o.For(r)))
            .Concat(Enum.GetValues<Audience>().Select(a => (a.ToString(), o.For(a))));
        foreach (var (name, levels) in groups)
            foreach (var category in Enum.GetValues<ModerationCategory>())
                values[$"{M}{name}:{category}"] = levels[category].ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }
}
