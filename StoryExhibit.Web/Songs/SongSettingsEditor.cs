using System.Diagnostics;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Probes;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Core.Generation.Songs.Remote;
using StoryExhibit.Core.Settings;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Web.Songs;

/// <summary>
/// Everything behind the "Songs" settings section: reads the settings in effect, checks candidate values with the
/// <see cref="SongOptions"/> rules that stop the app at start, saves what differs (the provider, its address and key
/// by admins only) and tests the song service the form names, without saving.
/// </summary>
public sealed class SongSettingsEditor(IConfiguration configuration, SettingsStore store, IEnumerable<IValidateOptions<SongOptions>> validators,
    ILogger<SongSettingsEditor> log)
{
    private static readonly HttpClient Http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private const string S = SongOptions.Section + ":";
    public const string ApiKeyKey = S + nameof(SongOptions.ApiKey);
    private const string EndpointKey = S + nameof(SongOptions.Endpoint);
    public const string AdminsOnly = "Only admins can change the song service, its address or its key.";
    private static readonly IReadOnlySet<string> SecretKeys = new HashSet<string>([ApiKeyKey], StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        [S + "Provider"] = nameof(SongSettingsForm.Provider),
        [EndpointKey] = nameof(SongSettingsForm.Endpoint),
        [ApiKeyKey] = nameof(SongOptions.ApiKey),
        [S + "LyricsFromModel"] = nameof(SongSettingsForm.LyricsFromModel),
    };

    public SongSettingsForm Load()
    {
        var current = Current();
        return new SongSettingsForm
        {
            Provider = current.Provider,
            Endpoint = current.Endpoint?.ToString(),
            LyricsFromModel = current.LyricsFromModel,
            KeyStored = !string.IsNullOrEmpty(current.ApiKey),
        };
    }

    /// <summary>The candidate options (the form over the configuration) and what is wrong with them, by form field.</summary>
    public (SongOptions Candidate, IReadOnlyDictionary<string, string> Errors) Check(SongSettingsForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var candidate = Current();
        candidate.Provider = form.Provider;
        candidate.LyricsFromModel = form.LyricsFromModel;
        candidate.Endpoint = SettingsEditing.Address(form.Endpoint, nameof(SongSettingsForm.Endpoint), "https://songs.example.com", errors);
        candidate.ApiKey = SettingsEditing.CandidateKey(form, candidate.ApiKey, SettingsEditing.AddressChanged(configuration, EndpointKey, form.Endpoint));
        SettingsEditing.Validate(validators, candidate, Fields, errors, m => m.Replace("Provider is Remote", "The provider is a song service", StringComparison.Ordinal));
        return (candidate, errors);
    }

    public IReadOnlyDictionary<string, string?> ChangesFor(SongSettingsForm form)
    {
        var changes = SettingsEditing.Changes(configuration, Values(form), Values(new SongSettingsForm()));
        SettingsEditing.AddSecret(configuration, ApiKeyKey, form, changes);
        return changes;
    }

    public Task<SettingsSaveResult> SaveAsync(SongSettingsForm form, string changedBy, bool isAdmin, CancellationToken ct) => !isAdmin && ChangesServer(form)
        ? Task.FromResult(SettingsSaveResult.Refused(AdminsOnly))
        : SettingsEditing.SaveAsync(store, Check(form).Errors, () => ChangesFor(form), SecretKeys, changedBy, log, ct);

    public bool ChangesServer(SongSettingsForm form) =>
        form.Provider != Current().Provider || SettingsEditing.AddressChanged(configuration, EndpointKey, form.Endpoint) || SettingsEditing.ChangesKey(form);

    public IReadOnlyDictionary<string, bool> KeysInEffect() =>
        new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase) { [ApiKeyKey] = !string.IsNullOrEmpty(configuration[ApiKeyKey]) };

    /// <summary>"Test connection": asks the song service the form names for its song list with the form's key (admins only: it reaches any address typed).</summary>
    public async Task<ProbeResult> TestAsync(SongSettingsForm form, bool isAdmin, CancellationToken ct)
    {
        if (!isAdmin) return ProbeResult.Failed(ProviderSettingsEditor.ProbeAdminsOnly);
        if (form.Provider != SongProvider.Remote)
            return ProbeResult.Failed("Songs are sung on this machine, so there is no connection to test.");
        var (candidate, errors) = Check(form);
        if (errors.Count > 0) return ProbeResult.Failed($"Fix this first: {errors.Values.First()}");
        var timeout = ProviderProbe.DefaultTimeout;
        candidate.RequestTimeout = timeout;
        var watch = Stopwatch.StartNew();
        try
        {
            await new RemoteSongClient(candidate, Http, log).ProbeAsync(ct);
            return ProbeResult.Ok($"Connected: the song service answered in {watch.Elapsed.TotalMilliseconds:0} ms.", watch.Elapsed);
        }
        catch (GenerationException ex)
        {
            log.LogWarning(ex, "Testing the song service failed");
            return ProbeResult.Failed(ProviderProbe.Explain(ex, timeout, "song service"));
        }
    }

    private SongOptions Current() => SettingsEditing.Bind<SongOptions>(configuration, SongOptions.Section);

    private static Dictionary<string, string> Values(SongSettingsForm f) => new(StringComparer.OrdinalIgnoreCase)
    {
        [S + "Provider"] = f.Provider.ToString(),
        [EndpointKey] = f.Endpoint?.Trim() ?? "",
        [S + "LyricsFromModel"] = SettingsEditing.Bool(f.LyricsFromModel),
    };
}
