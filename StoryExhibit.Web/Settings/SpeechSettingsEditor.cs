using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Probes;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Settings;

namespace StoryExhibit.Web.Settings;

/// <summary>The outcome of checking candidate speech settings: the bound options and any problems by form field ("" for the form as a whole).</summary>
public sealed record SpeechCheck(SpeechOptions Candidate, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

public sealed record VoiceList(IReadOnlyList<SpeechVoice> Voices, string? Note);

/// <summary>A voice test: whether audio came back, a sentence saying so (or why not), and the audio to play.</summary>
public sealed record VoiceTest(bool Success, string Message, byte[]? Audio = null, string? MediaType = null);

/// <summary>
/// Everything behind the speech settings page: reads the current values, checks candidate values with the
/// registered <see cref="IValidateOptions{SpeechOptions}"/> rules (the same that stop the app at start), saves only
/// what differs, lists voices and tests a voice with the candidate settings.
/// </summary>
public sealed partial class SpeechSettingsEditor(
    IConfiguration configuration,
    SettingsStore store,
    IEnumerable<IValidateOptions<SpeechOptions>> validators,
    ILogger<SpeechSettingsEditor> log)
{
    public const string TestSentence = "Once upon a time, in a lighthouse by the sea, a story began.";
    private const string S = SpeechOptions.Section + ":";
    public const string ApiKeyKey = S + nameof(SpeechOptions.ApiKey);
    public const string AdminsOnly = "Only admins can change who speaks, the server's address or the API key.";
    private const string EndpointKey = S + nameof(SpeechOptions.Endpoint);
    private static readonly IReadOnlySet<string> SecretKeys = new HashSet<string>([ApiKeyKey], StringComparer.OrdinalIgnoreCase);
    private static readonly IReadOnlySet<string> FreeText = new HashSet<string>([S + "Voice"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The form field each setting's validation message belongs to.</summary>
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        [S + "Enabled"] = nameof(SpeechSettingsForm.Enabled),
        [S + "Provider"] = nameof(SpeechSettingsForm.Provider),
        [S + "Endpoint"] = nameof(SpeechSettingsForm.Endpoint),
        [ApiKeyKey] = nameof(SpeechOptions.ApiKey),
        [S + "Voice"] = nameof(SpeechSettingsForm.Voice),
        [S + "Speed"] = nameof(SpeechSettingsForm.Speed),
        [S + "Pitch"] = nameof(SpeechSettingsForm.Pitch),
        [S + "MinSentenceLength"] = nameof(SpeechSettingsForm.MinSentenceLength),
        [S + "MaxSentenceLength"] = nameof(SpeechSettingsForm.MinSentenceLength),
        [S + "AutoPlayLastScene"] = nameof(SpeechSettingsForm.AutoPlayLastScene),
        [S + "RealTimeNarration"] = nameof(SpeechSettingsForm.RealTimeNarration),
    };

    /// <summary>The settings in effect now.</summary>
    public SpeechSettingsForm Load()
    {
        var current = Current();
        return new SpeechSettingsForm
        {
            Enabled = current.Enabled,
            Provider = current.Provider,
            Endpoint = current.Endpoint?.ToString(),
            Voice = current.Voice,
            Speed = current.Speed,
            Pitch = current.Pitch,
            AutoPlayLastScene = current.AutoPlayLastScene,
            RealTimeNarration = current.RealTimeNarration,
            MinSentenceLength = current.MinSentenceLength,
            KeyStored = !string.IsNullOrEmpty(current.ApiKey),
        };
    }

    /// <summary>Binds the candidate values over the current configuration and runs the speech validation rules on them.</summary>
    public SpeechCheck Check(SpeechSettingsForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var candidate = Current();
        candidate.Enabled = form.Enabled;
        candidate.Provider = form.Provider;
        candidate.Voice = string.IsNullOrWhiteSpace(form.Voice) ? null : form.Voice.Trim();
        candidate.Speed = form.Speed;
        candidate.Pitch = form.Pitch;
        candidate.AutoPlayLastScene = form.AutoPlayLastScene;
        candidate.RealTimeNarration = form.RealTimeNarration;
        candidate.MinSentenceLength = form.MinSentenceLength;
        candidate.Endpoint = SettingsEditing.Address(form.Endpoint, nameof(SpeechSettingsForm.Endpoint), "http://localhost:4123", errors);
        candidate.ApiKey = SettingsEditing.CandidateKey(form, candidate.ApiKey, SettingsEditing.AddressChanged(configuration, EndpointKey, form.Endpoint));
        SettingsEditing.Validate(validators, candidate, Fields, errors, Reword);
        return new SpeechCheck(candidate, errors);
    }

    /// <summary>The configuration changes the form asks for: a value, or null to go back to appsettings.json.</summary>
    public IReadOnlyDictionary<string, string?> ChangesFor(SpeechSettingsForm form)
    {
        var changes = SettingsEditing.Changes(configuration, Values(form), Values(new SpeechOptions()), FreeText);
        SettingsEditing.AddSecret(configuration, ApiKeyKey, form, changes);
        return changes;
    }

    /// <summary>
    /// Checks the form and, when it is valid, saves what differs. Staff may change the voice and the reading; the
    /// provider, its address and its key are for admins (the caller says who is asking). Nothing is saved when anything
    /// is wrong. A key whose address changes without a new key is removed (<see cref="SettingsStore"/>).
    /// </summary>
    public Task<SettingsSaveResult> SaveAsync(SpeechSettingsForm form, string changedBy, bool isAdmin, CancellationToken ct) => !isAdmin && ChangesServer(form)
        ? Task.FromResult(SettingsSaveResult.Refused(AdminsOnly))
        : SettingsEditing.SaveAsync(store, Check(form).Errors, () => ChangesFor(form), SecretKeys, changedBy, log, ct);

    /// <summary>Whether the form names another provider, server address or key than the ones in effect.</summary>
    public bool ChangesServer(SpeechSettingsForm form)
    {
        var current = Current();
        return form.Provider != current.Provider || SettingsEditing.AddressChanged(configuration, EndpointKey, form.Endpoint) || SettingsEditing.ChangesKey(form);
    }

    /// <summary>Whether a key is in effect now, to tell after a save whether it went with its address.</summary>
    public IReadOnlyDictionary<string, bool> KeysInEffect() =>
        new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase) { [ApiKeyKey] = !string.IsNullOrEmpty(configuration[ApiKeyKey]) };

    public Task<IReadOnlyList<SettingChange>> RecentChangesAsync(int count, CancellationToken ct) => store.RecentChangesAsync(count, ct);

    /// <summary>The voices the form's provider offers.</summary>
    public async Task<VoiceList> VoicesAsync(SpeechSettingsForm form, bool isAdmin, CancellationToken ct)
    {
        if (!isAdmin && ChangesServer(form)) return new VoiceList([], AdminsOnly);
        if (form.Provider == SpeechProvider.Browser)
            return new VoiceList([], "The browser offers the kiosk's own voices: type a voice name, or leave it empty for the browser's default.");
        var candidate = Check(form).Candidate;
        candidate.Enabled = true;
        ISpeechSynthesizer? synthesizer = null;
        try
        {
            synthesizer = SpeechServices.CreateSynthesizer(candidate);
            if (synthesizer is null) return new VoiceList([], null);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            var voices = await synthesizer.ListVoicesAsync(timeout.Token);
            return new VoiceList(voices, null);
        }
        catch (Exception ex) when (ex is GenerationException or ArgumentException or InvalidOperationException || ex is OperationCanceledException && !ct.IsCancellationRequested)
        {
            log.LogWarning(ex, "Listing {Provider} voices failed", form.Provider);
            return new VoiceList([], $"The voice list could not be read ({ProviderProbe.Explain(ex, TimeSpan.FromSeconds(10), "address").TrimEnd('.')}); you can still type a voice name.");
        }
        finally { (synthesizer as IDisposable)?.Dispose(); }
    }

    /// <summary>Speaks <see cref="TestSentence"/> with the candidate settings, without saving them.</summary>
    public async Task<VoiceTest> TestAsync(SpeechSettingsForm form, bool isAdmin, CancellationToken ct)
    {
        if (!isAdmin && ChangesServer(form)) return new VoiceTest(false, "Only admins can test another provider, address or key: the voice can be tested with the saved ones.");
        var check = Check(form);
        if (!check.IsValid) return new VoiceTest(false, "Fix the settings marked below first.");
        var options = check.Candidate;
        if (!options.Enabled) return new VoiceTest(false, "Speech is switched off: switch it on to test a voice.");
        if (options.Provider == SpeechProvider.Browser)
            return new VoiceTest(false, "The visitor's browser speaks with the kiosk's own voices, so this voice can only be tested on the kiosk itself.");

        ISpeechSynthesizer? synthesizer = null;
        var watch = Stopwatch.StartNew();
        try
        {
            synthesizer = SpeechServices.CreateSynthesizer(options) ?? throw new InvalidOperationException("No synthesizer for these settings.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.Timeout + TimeSpan.FromSeconds(5));
            var request = new SpeechRequest(TestSentence, options.Voice, options.Speed, options.Pitch,
                options.ExtraParameters.Count > 0 ? options.TypedExtraParameters() : null);
            var audio = await synthesizer.SynthesizeAsync(request, timeout.Token);
            var took = watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            var what = audio.Duration is { } d
                ? $"{d.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} seconds of speech"
                : $"{Math.Max(1, audio.Bytes.Length / 1024)} KB of audio";
            return new VoiceTest(true, $"It works: {synthesizer.Name} made {what} in {took} s.", audio.Bytes, audio.MediaType);
        }
        catch (GenerationException ex)
        {
            log.LogWarning(ex, "Voice test with {Provider} failed", options.Provider);
            return new VoiceTest(false, $"The voice test failed: {ProviderProbe.Explain(ex, options.Timeout, "voice or model")}"); // a status, never the server's own words
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new VoiceTest(false, "The voice test failed: the speech service did not answer in time.");
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            log.LogWarning(ex, "Voice test with {Provider} failed", options.Provider);
            return new VoiceTest(false, $"The voice test failed: these settings cannot be used ({Plain(ex)}).");
        }
        finally { (synthesizer as IDisposable)?.Dispose(); }
    }

    private SpeechOptions Current() => SettingsEditing.Bind<SpeechOptions>(configuration, SpeechOptions.Section);

    private static Dictionary<string, string> Values(SpeechOptions o) => new(StringComparer.OrdinalIgnoreCase)
    {
        [S + "Enabled"] = SettingsEditing.Bool(o.Enabled),
        [S + "Provider"] = o.Provider.ToString(),
        [S + "Endpoint"] = o.Endpoint?.ToString() ?? "",
        [S + "Voice"] = o.Voice?.Trim() ?? "",
        [S + "Speed"] = SettingsEditing.Number(o.Speed),
        [S + "Pitch"] = o.Pitch?.ToString(CultureInfo.InvariantCulture) ?? "",
        [S + "AutoPlayLastScene"] = SettingsEditing.Bool(o.AutoPlayLastScene),
        [S + "RealTimeNarration"] = SettingsEditing.Bool(o.RealTimeNarration),
        [S + "MinSentenceLength"] = o.MinSentenceLength.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The form's values; the address as typed, so what staff wrote is what the record of changes shows.</summary>
    private static Dictionary<string, string> Values(SpeechSettingsForm f)
    {
        var values = Values(new SpeechOptions
        {
            Enabled = f.Enabled, Provider = f.Provider, Voice = f.Voice, Speed = f.Speed, Pitch = f.Pitch, AutoPlayLastScene = f.AutoPlayLastScene,
            RealTimeNarration = f.RealTimeNarration, MinSentenceLength = f.MinSentenceLength,
        });
        values[S + "Endpoint"] = f.Endpoint?.Trim() ?? "";
        return values;
    }

    /// <summary>"Provider is OpenAICompatible, so ..." in the page's words: "The provider is an OpenAI-compatible server, so ...".</summary>
    private static string Reword(string message) =>
        ProviderIs().Replace(message, m => Enum.TryParse<SpeechProvider>(m.Groups[1].Value, out var p) ? $"The provider is {SpeechSettingsForm.ShortName(p)}" : m.Value);

    private static string Plain(Exception ex) => ex.Message.TrimEnd('.');

    [GeneratedRegex(@"Provider is (\w+)")]
    private static partial Regex ProviderIs();
}
