using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.OpenAI;
using StoryExhibit.Core.Generation.Probes;
using StoryExhibit.Core.Settings;

namespace StoryExhibit.Web.Settings;

/// <summary>
/// Everything behind the providers page: the storyteller's and the illustrator's provider, address, model, key and
/// timeout. Candidate values are checked with the same rules that stop the app at start; only what differs is saved;
/// "Test connection" probes the candidate values before they are saved.
/// </summary>
public sealed class ProviderSettingsEditor(
    IConfiguration configuration,
    SettingsStore store,
    ProviderProbe probe,
    IEnumerable<IValidateOptions<TextGenerationOptions>> textRules,
    IEnumerable<IValidateOptions<ImageOptions>> imageRules,
    ILogger<ProviderSettingsEditor> log)
{
    private const string T = TextGenerationOptions.Section + ":";
    private const string I = ImageOptions.Section + ":";
    public const string TextKeyKey = T + "OpenAICompatible:ApiKey";
    public const string ImagesKeyKey = I + "OpenAI:ApiKey";
    public const string AdminsOnly = "Only admins can change the providers, their addresses and keys.";
    private const string TextEndpointKey = T + "OpenAICompatible:Endpoint";
    private const string ImagesEndpointKey = I + "OpenAI:Endpoint";
    private static readonly IReadOnlySet<string> SecretKeys = new HashSet<string>([TextKeyKey, ImagesKeyKey], StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        [T + "Provider"] = nameof(ProviderSettingsForm.TextProvider),
        [T + "OpenAICompatible:Endpoint"] = nameof(ProviderSettingsForm.TextEndpoint),
        [T + "OpenAICompatible:Model"] = nameof(ProviderSettingsForm.TextModel),
        [T + "OpenAICompatible:Timeout"] = nameof(ProviderSettingsForm.TextTimeoutSeconds),
        [I + "Provider"] = nameof(ProviderSettingsForm.ImageProvider),
        [I + "SdxlTurbo:Endpoint"] = nameof(ProviderSettingsForm.SdxlEndpoint),
        [I + "SdxlTurbo:Timeout"] = nameof(ProviderSettingsForm.SdxlTimeoutSeconds),
        [I + "OpenAI:Endpoint"] = nameof(ProviderSettingsForm.ImagesEndpoint),
        [I + "OpenAI:Model"] = nameof(ProviderSettingsForm.ImagesModel),
        [I + "OpenAI:Timeout"] = nameof(ProviderSettingsForm.ImagesTimeoutSeconds),
        [I + "OpenAI:ApiKey"] = nameof(ProviderSettingsForm.ImagesKey),
    };

    /// <summary>The settings in effect now.</summary>
    public ProviderSettingsForm Load()
    {
        var text = CurrentText();
        var images = CurrentImages();
        var server = text.OpenAICompatible!;
        return new ProviderSettingsForm
        {
            TextProvider = text.Provider,
            TextEndpoint = server.Endpoint?.ToString(),
            TextModel = server.Model,
            TextTimeoutSeconds = (int)server.Timeout.TotalSeconds,
            TextKey = new SecretEntry { KeyStored = !string.IsNullOrEmpty(server.ApiKey) },
            ImageProvider = images.Provider,
            SdxlEndpoint = images.SdxlTurbo.Endpoint.ToString(),
            SdxlTimeoutSeconds = (int)images.SdxlTurbo.Timeout.TotalSeconds,
            ImagesEndpoint = images.OpenAI.Endpoint?.ToString(),
            ImagesModel = images.OpenAI.Model,
            ImagesTimeoutSeconds = (int)images.OpenAI.Timeout.TotalSeconds,
            ImagesKey = new SecretEntry { KeyStored = !string.IsNullOrEmpty(images.OpenAI.ApiKey) },
        };
    }

    public sealed record Candidate(TextGenerationOptions Text, ImageOptions Images, IReadOnlyDictionary<string, string> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    /// <summary>Binds the form over the current configuration and runs the start-up validation rules on it.</summary>
    public Candidate Check(ProviderSettingsForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = CurrentText();
        var server = text.OpenAICompatible!;
        text.Provider = form.TextProvider;
        server.Endpoint = SettingsEditing.Address(form.TextEndpoint, nameof(form.TextEndpoint), "http://localhost:11434/v1", errors);
        server.Model = form.TextModel?.Trim() ?? "";
        server.Timeout = Seconds(form.TextTimeoutSeconds, nameof(form.TextTimeoutSeconds), 1, 600, errors);
        server.ApiKey = SettingsEditing.CandidateKey(form.TextKey, server.ApiKey, SettingsEditing.AddressChanged(configuration, TextEndpointKey, form.TextEndpoint));

        var images = CurrentImages();
        images.Provider = form.ImageProvider;
        images.SdxlTurbo.Endpoint = SettingsEditing.Address(form.SdxlEndpoint, nameof(form.SdxlEndpoint), "http://localhost:50051", errors) ?? images.SdxlTurbo.Endpoint;
        if (string.IsNullOrWhiteSpace(form.SdxlEndpoint) && form.ImageProvider == ImageProvider.SdxlTurbo)
            errors.TryAdd(nameof(form.SdxlEndpoint), "SDXL-Turbo needs the server's address, such as http://localhost:50051.");
        images.SdxlTurbo.Timeout = Seconds(form.SdxlTimeoutSeconds, nameof(form.SdxlTimeoutSeconds), 1, 600, errors);
        images.OpenAI.Endpoint = SettingsEditing.Address(form.ImagesEndpoint, nameof(form.ImagesEndpoint), "https://api.openai.com/v1", errors);
        images.OpenAI.Model = form.ImagesModel?.Trim() ?? "";
        images.OpenAI.Timeout = Seconds(form.ImagesTimeoutSeconds, nameof(form.ImagesTimeoutSeconds), 1, 600, errors);
        images.OpenAI.ApiKey = SettingsEditing.CandidateKey(form.ImagesKey, images.OpenAI.ApiKey, SettingsEditing.AddressChanged(configuration, ImagesEndpointKey, form.ImagesEndpoint));
        if (form.ImageProvider == ImageProvider.OpenAI && form.ImagesEndpoint is null or "" && string.IsNullOrEmpty(images.OpenAI.ApiKey))
            errors.TryAdd(nameof(form.ImagesKey), "OpenAI's own picture service needs an API key.");

        SettingsEditing.Validate(textRules, text, Fields, errors);
        SettingsEditing.Validate(imageRules, images, Fields, errors);
        return new Candidate(text, images, errors);
    }

    /// <summary>The configuration changes the form asks for: a value, or null to go back to appsettings.json.</summary>
    public IReadOnlyDictionary<string, string?> ChangesFor(ProviderSettingsForm form)
    {
        var candidate = Check(form);
        var changes = SettingsEditing.Changes(configuration, Values(candidate.Text, candidate.Images), Values(Defaults(), new ImageOptions()));
        SettingsEditing.AddSecret(configuration, TextKeyKey, form.TextKey, changes);
        SettingsEditing.AddSecret(configuration, ImagesKeyKey, form.ImagesKey, changes);
        return changes;
    }

    /// <summary>
    /// Checks the form and, when it is valid, saves what differs (admins only: the caller says who is asking). Nothing is
    /// saved when anything is wrong. A key whose address changes without a new key is removed (<see cref="SettingsStore"/>).
    /// </summary>
    public Task<SettingsSaveResult> SaveAsync(ProviderSettingsForm form, string changedBy, bool isAdmin, CancellationToken ct) => !isAdmin
        ? Task.FromResult(SettingsSaveResult.Refused(AdminsOnly))
        : SettingsEditing.SaveAsync(store, Check(form).Errors, () => ChangesFor(form), SecretKeys, changedBy, log, ct);

    /// <summary>Which keys are in effect now, to tell after a save which ones went with their address.</summary>
    public IReadOnlyDictionary<string, bool> KeysInEffect() => new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase)
    {
        [TextKeyKey] = !string.IsNullOrEmpty(configuration[TextKeyKey]),
        [ImagesKeyKey] = !string.IsNullOrEmpty(configuration[ImagesKeyKey]),
    };

    public Task<IReadOnlyList<SettingChange>> RecentChangesAsync(int count, CancellationToken ct) => store.RecentChangesAsync(count, ct);

    /// <summary>Tries the storyteller the form describes, without saving it.</summary>
    public Task<ProbeResult> TestTextAsync(ProviderSettingsForm form, bool isAdmin, CancellationToken ct)
    {
        if (!isAdmin) return Task.FromResult(ProbeResult.Failed(ProbeAdminsOnly));
        var check = Check(form);
        if (FirstError(check, nameof(form.TextEndpoint), nameof(form.TextModel), nameof(form.TextTimeoutSeconds), nameof(form.TextProvider)) is { } problem)
            return Task.FromResult(ProbeResult.Failed($"Fix this first: {problem}"));
        return probe.TextAsync(check.Text, TestTimeout(check.Text.OpenAICompatible!.Timeout), ct);
    }

    /// <summary>Tries the illustrator the form describes, without saving it.</summary>
    public Task<ProbeResult> TestImagesAsync(ProviderSettingsForm form, bool isAdmin, CancellationToken ct)
    {
        if (!isAdmin) return Task.FromResult(ProbeResult.Failed(ProbeAdminsOnly));
        var check = Check(form);
        if (FirstError(check, nameof(form.SdxlEndpoint), nameof(form.SdxlTimeoutSeconds), nameof(form.ImagesEndpoint), nameof(form.ImagesModel),
                nameof(form.ImagesTimeoutSeconds), nameof(form.ImagesKey), nameof(form.ImageProvider)) is { } problem)
            return Task.FromResult(ProbeResult.Failed($"Fix this first: {problem}"));
        var timeout = check.Images.Provider == ImageProvider.SdxlTurbo ? check.Images.SdxlTurbo.Timeout : check.Images.OpenAI.Timeout;
        return probe.ImagesAsync(check.Images, TestTimeout(timeout), ct);
    }

    /// <summary>A connection test reaches any address typed in, so only admins may run one.</summary>
    public const string ProbeAdminsOnly = "Only admins can test a connection.";

    /// <summary>A test is quick: at most 10 seconds, less when the provider's own timeout is shorter.</summary>
    private static TimeSpan TestTimeout(TimeSpan providerTimeout) => providerTimeout < ProviderProbe.DefaultTimeout ? providerTimeout : ProviderProbe.DefaultTimeout;

    private static string? FirstError(Candidate check, params string[] fields) =>
        fields.Select(f => check.Errors.GetValueOrDefault(f)).FirstOrDefault(e => e is not null);

    private TextGenerationOptions CurrentText()
    {
        var text = SettingsEditing.Bind<TextGenerationOptions>(configuration, TextGenerationOptions.Section);
        text.OpenAICompatible ??= new OpenAICompatibleOptions { Model = "" };
        return text;
    }

    private ImageOptions CurrentImages() => SettingsEditing.Bind<ImageOptions>(configuration, ImageOptions.Section);

    private static TextGenerationOptions Defaults() => new() { OpenAICompatible = new OpenAICompatibleOptions { Model = "" } };

    private static TimeSpan Seconds(int seconds, string field, int min, int max, Dictionary<string, string> errors)
    {
        if (seconds >= min && seconds <= max) return TimeSpan.FromSeconds(seconds);
        errors.TryAdd(field, $"Give a number of seconds between {min} and {max}.");
        return TimeSpan.FromSeconds(Math.Clamp(seconds, min, max));
    }

    private static Dictionary<string, string> Values(TextGenerationOptions text, ImageOptions images) => new(StringComparer.OrdinalIgnoreCase)
    {
        [T + "Provider"] = text.Provider.ToString(),
        [T + "OpenAICompatible:Endpoint"] = text.OpenAICompatible?.Endpoint?.ToString() ?? "",
        [T + "OpenAICompatible:Model"] = text.OpenAICompatible?.Model ?? "",
        [T + "OpenAICompatible:Timeout"] = SettingsEditing.Seconds(text.OpenAICompatible?.Timeout ?? TimeSpan.FromSeconds(60)),
        [I + "Provider"] = images.Provider.ToString(),
        [I + "SdxlTurbo:Endpoint"] = images.SdxlTurbo.Endpoint.ToString(),
        [I + "SdxlTurbo:Timeout"] = SettingsEditing.Seconds(images.SdxlTurbo.Timeout),
        [I + "OpenAI:Endpoint"] = images.OpenAI.Endpoint?.ToString() ?? "",
        [I + "OpenAI:Model"] = images.OpenAI.Model,
        [I + "OpenAI:Timeout"] = SettingsEditing.Seconds(images.OpenAI.Timeout),
    };
}
