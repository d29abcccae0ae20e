using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Generation.Probes;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Core.Settings;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Web.Music;

/// <summary>The music settings page's ambient-music section: the staff switch, the theme visitors hear first and who makes the music.</summary>
public sealed class MusicSettingsForm
{
    public bool Enabled { get; set; } = true;
    public MusicTheme DefaultTheme { get; set; } = MusicTheme.Cinematic;
    public MusicProvider Provider { get; set; } = MusicProvider.Offline;

    public static string ProviderName(MusicProvider provider) => provider switch
    {
        MusicProvider.SongService => "The song service",
        _ => "Built-in composer",
    };

    public static string Describe(MusicTheme theme) => theme switch
    {
        MusicTheme.Cartoon => "Cartoon: plucked strings, marimba and woodwinds",
        MusicTheme.Calm => "Calm: piano and harp",
        _ => "Cinematic: strings and pads",
    };
}

/// <summary>Everything behind the ambient-music section of the music page, checked with the rules that stop the app at start.</summary>
public sealed class MusicSettingsEditor(IConfiguration configuration, SettingsStore store, IEnumerable<IValidateOptions<MusicOptions>> rules,
    ILogger<MusicSettingsEditor> log)
{
    private const string M = MusicOptions.Section + ":";
    public const string AdminsOnly = "Only admins can change who makes the music.";
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        [M + "DefaultTheme"] = nameof(MusicSettingsForm.DefaultTheme),
        [M + "Provider"] = nameof(MusicSettingsForm.Provider),
    };

    public MusicSettingsForm Load()
    {
        var music = Current();
        return new MusicSettingsForm { Enabled = music.Enabled, DefaultTheme = music.DefaultTheme, Provider = music.Provider };
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

    /// <summary>Saves what differs; a change of provider (it decides where requests and money go) only by an admin.</summary>
    public Task<SettingsSaveResult> SaveAsync(MusicSettingsForm form, string changedBy, bool isAdmin, CancellationToken ct) => !isAdmin && ChangesProvider(form)
        ? Task.FromResult(SettingsSaveResult.Refused(AdminsOnly))
        : SettingsEditing.SaveAsync(store, Check(form), () => ChangesFor(form), SettingsEditing.NoSecrets, changedBy, log, ct);

    public bool ChangesProvider(MusicSettingsForm form) => form?.Provider != Current().Provider;

    /// <summary>"Test connection" for the provider the form names, without saving (admins only, like every provider test).</summary>
    public Task<ProbeResult> TestAsync(MusicSettingsForm form, bool isAdmin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!isAdmin) return Task.FromResult(ProbeResult.Failed(ProviderSettingsEditor.ProbeAdminsOnly));
        return MusicConnectionTest.RunAsync(form.Provider, Apply(form), SettingsEditing.Bind<SongOptions>(configuration, SongOptions.Section), log, ct);
    }

    public Task<IReadOnlyList<SettingChange>> RecentChangesAsync(int count, CancellationToken ct) => store.RecentChangesAsync(count, ct);

    private MusicOptions Current() => SettingsEditing.Bind<MusicOptions>(configuration, MusicOptions.Section);

    private MusicOptions Apply(MusicSettingsForm form)
    {
        var candidate = Current();
        candidate.Enabled = form.Enabled;
        candidate.DefaultTheme = form.DefaultTheme;
        candidate.Provider = form.Provider;
        return candidate;
    }

    private static Dictionary<string, string> Values(MusicOptions o) => new(StringComparer.OrdinalIgnoreCase)
    {
        [M + "Enabled"] = SettingsEditing.Bool(o.Enabled),
        [M + "DefaultTheme"] = o.DefaultTheme.ToString(),
        [M + "Provider"] = o.Provider.ToString(),
    };
}
