using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Probes;
using StoryExhibit.Core.Generation.SpeechInput;
using StoryExhibit.Core.Settings;

namespace StoryExhibit.Web.Settings;

/// <summary>The "Speech input" section's fields. The stored API key is never put in here: only whether one exists.</summary>
public sealed class SpeechInputSettingsForm : ISecretField
{
    public bool Enabled { get; set; } = true;
    public SpeechInputProvider Provider { get; set; } = SpeechInputProvider.Pocketsphinx;
    public string? Endpoint { get; set; }
    public string Model { get; set; } = "whisper-1";
    public bool KeyStored { get; set; }
    public SecretAction KeyAction { get; set; }
    public string? NewApiKey { get; set; }

    public static string ProviderName(SpeechInputProvider provider) => provider switch
    {
        SpeechInputProvider.Pocketsphinx => "pocketsphinx on this machine",
        SpeechInputProvider.OpenAICompatible => "OpenAI or an OpenAI-compatible server (e.g. whisper.cpp)",
        _ => provider.ToString(),
    };
}

/// <summary>
/// Loads, checks, tests and saves the "Speech input" settings (press to talk). They are all for admins: they decide
/// where visitors' voices are sent. A key whose address changes without a new key is removed (<see cref="SettingsStore"/>).
/// </summary>
public sealed class SpeechInputSettingsEditor(IConfiguration configuration, SettingsStore store, IEnumerable<IValidateOptions<SpeechInputOptions>> validators,
    ILogger<SpeechInputSettingsEditor> log)
{
    private const string S = SpeechInputOptions.Section + ":";
    public const string ApiKeyKey = S + nameof(SpeechInputOptions.ApiKey);
    private const string EndpointKey = S + nameof(SpeechInputOptions.Endpoint);
    public const string AdminsOnly = "Only admins can change speech input: it decides where visitors' voices are sent.";
    private static readonly IReadOnlySet<string> SecretKeys = new HashSet<string>([ApiKeyKey], StringComparer.OrdinalIgnoreCase);
    private static readonly IReadOnlySet<string> FreeText = new HashSet<string>([S + "Model"], StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        [S + "Enabled"] = nameof(SpeechInputSettingsForm.Enabled),
        [S + "Provider"] = nameof(SpeechInputSettingsForm.Provider),
        [EndpointKey] = nameof(SpeechInputSettingsForm.Endpoint),
        [S + "Model"] = nameof(SpeechInputSettingsForm.Model),
        [ApiKeyKey] = "SpeechInputApiKey",
    };

    public SpeechInputSettingsForm Load()
    {
        var current = Current();
        return new SpeechInputSettingsForm
        {
            Enabled = current.Enabled, Provider = current.Provider, Endpoint = current.Endpoint?.ToString(), Model = current.Model,
            KeyStored = !string.IsNullOrEmpty(current.ApiKey),
        };
    }

    /// <summary>The candidate options (the form over the configuration) and what is wrong with them, by form field.</summary>
    public (SpeechInputOptions Candidate, IReadOnlyDictionary<string, string> Errors) Check(SpeechInputSettingsForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var candidate = Current();
        candidate.Enabled = form.Enabled;
        candidate.Provider = form.Provider;
        candidate.Model = form.Model?.Trim() ?? "";
        candidate.Endpoint = SettingsEditing.Address(form.Endpoint, nameof(SpeechInputSettingsForm.Endpoint), "http://localhost:8080", errors);
        candidate.ApiKey = SettingsEditing.CandidateKey(form, candidate.ApiKey, SettingsEditing.AddressChanged(configuration, EndpointKey, form.Endpoint));
        SettingsEditing.Validate(validators, candidate, Fields, errors, m => m);
        return (candidate, errors);
    }

    public Task<SettingsSaveResult> SaveAsync(SpeechInputSettingsForm form, string changedBy, bool isAdmin, CancellationToken ct) => !isAdmin
        ? Task.FromResult(SettingsSaveResult.Refused(AdminsOnly))
        : SettingsEditing.SaveAsync(store, Check(form).Errors, () => ChangesFor(form), SecretKeys, changedBy, log, ct);

    public IReadOnlyDictionary<string, string?> ChangesFor(SpeechInputSettingsForm form)
    {
        var changes = SettingsEditing.Changes(configuration, Values(form), Values(new SpeechInputSettingsForm { Endpoint = "" }), FreeText);
        SettingsEditing.AddSecret(configuration, ApiKeyKey, form, changes);
        return changes;
    }

    /// <summary>"Test connection": one second of quiet transcribed with the candidate settings, without saving them.</summary>
    public async Task<ProbeResult> TestAsync(SpeechInputSettingsForm form, bool isAdmin, CancellationToken ct)
    {
        if (!isAdmin) return ProbeResult.Failed(AdminsOnly);
        var (options, errors) = Check(form);
        if (errors.Count > 0) return ProbeResult.Failed("Fix the settings marked below first.");
        var watch = Stopwatch.StartNew();
        try
        {
            var transcriber = CurrentSpeechInput.CreateUnmetered(options);
            await transcriber.TranscribeAsync(new SpokenAudio(QuietWav, "audio/wav"), ct);
            var took = watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            return ProbeResult.Ok($"It works: {SpeechInputSettingsForm.ProviderName(options.Provider)} listened to a test recording in {took} s.", watch.Elapsed);
        }
        catch (GenerationException ex)
        {
            log.LogWarning(ex, "Speech input test with {Provider} failed", options.Provider);
            return ProbeResult.Failed($"The test failed: {ProviderProbe.Explain(ex, options.Timeout, "model or address")}");
        }
        catch (ArgumentException ex)
        {
            return ProbeResult.Failed($"The test failed: these settings cannot be used ({ex.Message.TrimEnd('.')}).");
        }
    }

    private SpeechInputOptions Current() => SettingsEditing.Bind<SpeechInputOptions>(configuration, SpeechInputOptions.Section);

    private static Dictionary<string, string> Values(SpeechInputSettingsForm f) => new(StringComparer.OrdinalIgnoreCase)
    {
        [S + "Enabled"] = SettingsEditing.Bool(f.Enabled),
        [S + "Provider"] = f.Provider.ToString(),
        [EndpointKey] = f.Endpoint?.Trim() ?? "",
        [S + "Model"] = f.Model?.Trim() ?? "",
    };

    /// <summary>One second of 16 kHz mono silence as a WAV file.</summary>
    private static readonly byte[] QuietWav = Wav(new byte[32_000]);

    private static byte[] Wav(byte[] pcm)
    {
        using var memory = new MemoryStream();
        using (var w = new BinaryWriter(memory, System.Text.Encoding.ASCII, leaveOpen: true))
        {
            w.Write("RIFF"u8); w.Write(36 + pcm.Length); w.Write("WAVEfmt "u8); w.Write(16); w.Write((short)1); w.Write((short)1);
            w.Write(16_000); w.Write(32_000); w.Write((short)2); w.Write((short)16); w.Write("data"u8); w.Write(pcm.Length); w.Write(pcm);
        }
        return memory.ToArray();
    }
}
