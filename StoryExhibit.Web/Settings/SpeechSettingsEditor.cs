using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Settings;

namespace StoryExhibit.Web.Settings;

/// <summary>The outcome of checking candidate speech settings: the bound options and any problems by form field ("" for the form as a whole).</summary>
public sealed record SpeechCheck(SpeechOptions Candidate, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

public sealed record SpeechSaveResult(IReadOnlyDictionary<string, string> Errors, IReadOnlyList<SettingChange> Changes)
{
    public bool Saved => Errors.Count == 0;
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
    private const string Prefix = SpeechOptions.Section + ":";
    public static readonly string ApiKeyKey = Prefix + nameof(SpeechOptions.ApiKey);
    private static readonly IReadOnlySet<string> SecretKeys = new HashSet<string>([ApiKeyKey], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> FormFields =
    [
        nameof(SpeechSettingsForm.Enabled), nameof(SpeechSettingsForm.Provider), nameof(SpeechSettingsForm.Endpoint), nameof(SpeechOptions.ApiKey),
        nameof(SpeechSettingsForm.Voice), nameof(SpeechSettingsForm.Speed), nameof(SpeechSettingsForm.Pitch), nameof(SpeechSettingsForm.MinSentenceLength),
        nameof(SpeechSettingsForm.AutoPlayLastScene), nameof(SpeechSettingsForm.RealTimeNarration),
    ];

    /// <summary>Staff-facing name of a speech setting (configuration key or property name).</summary>
    public static string Label(string key) => key[(key.LastIndexOf(':') + 1)..] switch
    {
        "Enabled" => "Speech",
        "Provider" => "Provider",
        "Endpoint" => "Server URL",
        "ApiKey" => "API key",
        "Voice" => "Voice",
        "Speed" => "Speed",
        "Pitch" => "Pitch",
        "AutoPlayLastScene" => "Auto-play the last scene",
        "RealTimeNarration" => "Real-time narration",
        "MinSentenceLength" => "Minimum sentence length",
        "MaxSentenceLength" => "Maximum sentence length",
        "MaxParallel" => "Sentences at once",
        "ResponseFormat" => "Audio format",
        var other => other,
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
        candidate.Endpoint = null;
        if (!string.IsNullOrWhiteSpace(form.Endpoint))
        {
            if (Uri.TryCreate(form.Endpoint.Trim(), UriKind.Absolute, out var endpoint)) candidate.Endpoint = endpoint;
            else errors[nameof(SpeechSettingsForm.Endpoint)] = "Server URL must be a full address, such as http://localhost:4123.";
        }
        candidate.ApiKey = form.KeyAction switch
        {
            SecretAction.Replace when !string.IsNullOrWhiteSpace(form.NewApiKey) => form.NewApiKey.Trim(),
            SecretAction.Remove => null,
            _ => candidate.ApiKey,
        };

        foreach (var validator in validators)
        {
            var result = validator.Validate(Options.DefaultName, candidate);
            if (!result.Failed) continue;
            foreach (var failure in result.Failures ?? [result.FailureMessage])
            {
                var (field, message) = Describe(failure);
                errors.TryAdd(field, message);
            }
        }
        return new SpeechCheck(candidate, errors);
    }

    /// <summary>The configuration changes the form asks for: a value, or null to go back to appsettings.json.</summary>
    public IReadOnlyDictionary<string, string?> ChangesFor(SpeechSettingsForm form)
    {
        var changes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var defaults = Values(new SpeechOptions());
        foreach (var (name, value) in Values(form))
        {
            var key = Prefix + name;
            var overridden = SettingsConfiguration.IsOverridden(configuration, key);
            var baseline = SettingsConfiguration.BaseValue(configuration, key) ?? defaults[name];
            if (Same(name, value, baseline)) { if (overridden) changes[key] = null; }
            else if (!overridden || !Same(name, value, configuration[key])) changes[key] = value;
        }

        var baseKey = SettingsConfiguration.BaseValue(configuration, ApiKeyKey);
        if (form.KeyAction == SecretAction.Replace && !string.IsNullOrWhiteSpace(form.NewApiKey))
            changes[ApiKeyKey] = form.NewApiKey.Trim();
        else if (form.KeyAction == SecretAction.Remove)
        {
            // A key from the server's own configuration is hidden by an empty override; a staff key is simply dropped.
            if (!string.IsNullOrEmpty(baseKey)) changes[ApiKeyKey] = "";
            else if (SettingsConfiguration.IsOverridden(configuration, ApiKeyKey)) changes[ApiKeyKey] = null;
        }
        return changes;
    }

    /// <summary>Checks the form and, when it is valid, saves what differs. Nothing is saved when anything is wrong.</summary>
    public async Task<SpeechSaveResult> SaveAsync(SpeechSettingsForm form, string changedBy, CancellationToken ct)
    {
        var check = Check(form);
        if (!check.IsValid) return new SpeechSaveResult(check.Errors, []);
        var changes = ChangesFor(form);
        var recorded = changes.Count == 0 ? [] : await store.SaveAsync(changes, SecretKeys, changedBy, ct);
        log.LogInformation("Speech settings saved by {User}: {Keys}", changedBy, string.Join(", ", recorded.Select(c => c.Key)));
        return new SpeechSaveResult(new Dictionary<string, string>(), recorded);
    }

    public Task<IReadOnlyList<SettingChange>> RecentChangesAsync(int count, CancellationToken ct) => store.RecentChangesAsync(count, ct);

    /// <summary>The voices the form's provider offers.</summary>
    public async Task<VoiceList> VoicesAsync(SpeechSettingsForm form, CancellationToken ct)
    {
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
            return new VoiceList([], $"The voice list could not be read ({Plain(ex)}); you can still type a voice name.");
        }
        finally { (synthesizer as IDisposable)?.Dispose(); }
    }

    /// <summary>Speaks <see cref="TestSentence"/> with the candidate settings, without saving them.</summary>
    public async Task<VoiceTest> TestAsync(SpeechSettingsForm form, CancellationToken ct)
    {
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
            return new VoiceTest(false, $"The voice test failed: {ex.Message}");
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

    private SpeechOptions Current()
    {
        var options = new SpeechOptions();
        configuration.GetSection(SpeechOptions.Section).Bind(options);
        return options;
    }

    private static Dictionary<string, string> Values(SpeechOptions o) => new(StringComparer.Ordinal)
    {
        [nameof(SpeechOptions.Enabled)] = Bool(o.Enabled),
        [nameof(SpeechOptions.Provider)] = o.Provider.ToString(),
        [nameof(SpeechOptions.Endpoint)] = o.Endpoint?.ToString() ?? "",
        [nameof(SpeechOptions.Voice)] = o.Voice?.Trim() ?? "",
        [nameof(SpeechOptions.Speed)] = Number(o.Speed),
        [nameof(SpeechOptions.Pitch)] = o.Pitch?.ToString(CultureInfo.InvariantCulture) ?? "",
        [nameof(SpeechOptions.AutoPlayLastScene)] = Bool(o.AutoPlayLastScene),
        [nameof(SpeechOptions.RealTimeNarration)] = Bool(o.RealTimeNarration),
        [nameof(SpeechOptions.MinSentenceLength)] = o.MinSentenceLength.ToString(CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string> Values(SpeechSettingsForm f)
    {
        var values = Values(new SpeechOptions
        {
            Enabled = f.Enabled, Provider = f.Provider, Voice = f.Voice, Speed = f.Speed, Pitch = f.Pitch, AutoPlayLastScene = f.AutoPlayLastScene,
            RealTimeNarration = f.RealTimeNarration, MinSentenceLength = f.MinSentenceLength,
        });
        values[nameof(SpeechOptions.Endpoint)] = f.Endpoint?.Trim() ?? "";
        return values;
    }

    private static string Bool(bool value) => value ? "true" : "false";
    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Equal as configuration values: empty is missing, numbers and switches by value, the provider by name in any case.</summary>
    private static bool Same(string name, string? a, string? b)
    {
        a = string.IsNullOrWhiteSpace(a) ? "" : a.Trim();
        b = string.IsNullOrWhiteSpace(b) ? "" : b.Trim();
        if (double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
            return x == y;
        if (bool.TryParse(a, out var p) && bool.TryParse(b, out var q)) return p == q;
        if (name == nameof(SpeechOptions.Endpoint) && Uri.TryCreate(a, UriKind.Absolute, out var u) && Uri.TryCreate(b, UriKind.Absolute, out var v)) return u == v;
        return string.Equals(a, b, name == nameof(SpeechOptions.Provider) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>The form field a validation message is about (the last setting it names), and the message in the page's words.</summary>
    internal static (string Field, string Message) Describe(string failure)
    {
        var names = SettingName().Matches(failure);
        var field = names.Count > 0 ? names[^1].Groups[1].Value : "";
        if (field == nameof(SpeechOptions.MaxSentenceLength)) field = nameof(SpeechSettingsForm.MinSentenceLength);
        if (!FormFields.Contains(field)) field = "";
        var message = SettingName().Replace(failure, m => Label(m.Groups[1].Value));
        message = ProviderIs().Replace(message, m => Enum.TryParse<SpeechProvider>(m.Groups[1].Value, out var p) ? $"The provider is {SpeechSettingsForm.ShortName(p)}" : m.Value);
        return (field, message);
    }

    private static string Plain(Exception ex) => ex.Message.TrimEnd('.');

    [GeneratedRegex(@"Generation:Speech:(\w+)")]
    private static partial Regex SettingName();

    [GeneratedRegex(@"Provider is (\w+)")]
    private static partial Regex ProviderIs();
}
