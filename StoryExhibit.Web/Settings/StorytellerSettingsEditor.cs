using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Settings;

namespace StoryExhibit.Web.Settings;

/// <summary>The storyteller page's fields: how free the storyteller is with the story, and how long its scenes are.</summary>
public sealed class StorytellerSettingsForm
{
    public double Temperature { get; set; } = 0.9;
    public SceneLength SceneLength { get; set; } = SceneLength.Standard;

    /// <summary>Creativity in words, for the slider.</summary>
    public static string Describe(double temperature) => temperature switch
    {
        < 0.35 => "Steady: predictable, stays close to the plan",
        < 0.8 => "Balanced: sensible with a few surprises",
        < 1.2 => "Playful: lively and inventive",
        < 1.6 => "Bold: surprising turns, sometimes odd",
        _ => "Wild: very unpredictable, may lose the thread",
    };

    public static string Describe(SceneLength length) => length switch
    {
        SceneLength.Short => "Short: about a minute to read",
        SceneLength.Long => "Long: two or three minutes to read",
        _ => "Standard: a minute or two to read",
    };
}

/// <summary>Everything behind the storyteller page, checked with the same rules that stop the app at start.</summary>
public sealed class StorytellerSettingsEditor(
    IConfiguration configuration,
    SettingsStore store,
    IEnumerable<IValidateOptions<TextGenerationOptions>> rules,
    ILogger<StorytellerSettingsEditor> log)
{
    private const string T = TextGenerationOptions.Section + ":";
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        [T + "Temperature"] = nameof(StorytellerSettingsForm.Temperature),
        [T + "SceneLength"] = nameof(StorytellerSettingsForm.SceneLength),
    };

    public StorytellerSettingsForm Load()
    {
        var current = Current();
        return new StorytellerSettingsForm { Temperature = Math.Round(current.Temperature, 2), SceneLength = current.SceneLength };
    }

    public IReadOnlyDictionary<string, string> Check(StorytellerSettingsForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var candidate = Apply(form);
        // Only this page's rules: a provider problem belongs to the providers page.
        var own = new Dictionary<string, string>(StringComparer.Ordinal);
        SettingsEditing.Validate(rules, candidate, Fields, own);
        foreach (var (field, message) in own.Where(e => e.Key.Length > 0)) errors[field] = message;
        return errors;
    }

    public IReadOnlyDictionary<string, string?> ChangesFor(StorytellerSettingsForm form) =>
        SettingsEditing.Changes(configuration, Values(Apply(form)), Values(new TextGenerationOptions()));

    public Task<SettingsSaveResult> SaveAsync(StorytellerSettingsForm form, string changedBy, CancellationToken ct) =>
        SettingsEditing.SaveAsync(store, Check(form), () => ChangesFor(form), SettingsEditing.NoSecrets, changedBy, log, ct);

    public Task<IReadOnlyList<SettingChange>> RecentChangesAsync(int count, CancellationToken ct) => store.RecentChangesAsync(count, ct);

    private TextGenerationOptions Current() => SettingsEditing.Bind<TextGenerationOptions>(configuration, TextGenerationOptions.Section);

    private TextGenerationOptions Apply(StorytellerSettingsForm form)
    {
        var candidate = Current();
        candidate.Temperature = (float)Math.Round(form.Temperature, 2);
        candidate.SceneLength = form.SceneLength;
        return candidate;
    }

    private static Dictionary<string, string> Values(TextGenerationOptions o) => new(StringComparer.OrdinalIgnoreCase)
    {
        [T + "Temperature"] = SettingsEditing.Number(Math.Round(o.Temperature, 2)),
        [T + "SceneLength"] = o.SceneLength.ToString(),
    };
}
