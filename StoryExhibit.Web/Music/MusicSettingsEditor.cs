using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Settings;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Web.Music;

/// <summary>The music settings page's ambient-music section: the staff switch and the theme visitors hear first.</summary>
public sealed class MusicSettingsForm
{
    public bool Enabled { get; set; } = true;
    public MusicTheme DefaultTheme { get; set; } = MusicTheme.Cinematic;

    public static string Describe(MusicTheme theme) => theme switch
    {
        MusicTheme.Cartoon => "Cartoon: plucked strings, marimba and woodwinds",
        MusicTheme.Calm => "Calm: piano and harp",
        _ => "Cinematic: strings and pads",
    };
}

/// <summary>Everything behind the ambient-music section of the music page, checked with the rules that stop the app at start.</summary>
public sealed class MusicSettingsEditor(
    IConfiguration configuration, SettingsStore store, IEnumerable<IValidateOptions<MusicOptions>> rules, ILogger<MusicSettingsEditor> log)
{
    private const string M = MusicOptions.Section + ":";
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        [M + "DefaultTheme"] = nameof(MusicSettingsForm.DefaultTheme),
    };

    public MusicSettingsForm Load()
    {
        var music = Current();
        return new MusicSettingsForm { Enabled = music.Enabled, DefaultTheme = music.DefaultTheme };
    }

    public IReadOnlyDictionary<string, string> Check(MusicSettingsForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        SettingsEditing.Validate(rules, Apply(form), Fields, errors);
        return errors;
    }

    public IReadOnlyDictionary<string, string?> ChangesFor(MusicSettingsForm form) =>
        SettingsEditing.Changes(configuration, Values(Apply(form)), Values(new MusicOptions()));

    public Task<SettingsSaveResult> SaveAsync(MusicSettingsForm form, string changedBy, CancellationToken ct) =>
        SettingsEditing.SaveAsync(store, Check(form), () => ChangesFor(form), SettingsEditing.NoSecrets, changedBy, log, ct);

    public Task<IReadOnlyList<SettingChange>> RecentChangesAsync(int count, CancellationToken ct) => store.RecentChangesAsync(count, ct);

    private MusicOptions Current() => SettingsEditing.Bind<MusicOptions>(configuration, MusicOptions.Section);

    private MusicOptions Apply(MusicSettingsForm form)
    {
        var candidate = Current();
        candidate.Enabled = form.Enabled;
        candidate.DefaultTheme = form.DefaultTheme;
        return candidate;
    }

    private static Dictionary<string, string> Values(MusicOptions o) => new(StringComparer.OrdinalIgnoreCase)
    {
        [M + "Enabled"] = SettingsEditing.Bool(o.Enabled),
        [M + "DefaultTheme"] = o.DefaultTheme.ToString(),
    };
}
