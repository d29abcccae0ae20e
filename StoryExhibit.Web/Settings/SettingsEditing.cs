using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Probes;
using StoryExhibit.Core.Settings;

namespace StoryExhibit.Web.Settings;

/// <summary>What to do with the stored API key: keep it, replace it with <see cref="ISecretField.NewApiKey"/>, or remove it.</summary>
public enum SecretAction { Keep, Replace, Remove }

/// <summary>The outcome of a save: the problems by form field ("" for the form as a whole) when refused, else the changes recorded.</summary>
public sealed record SettingsSaveResult(IReadOnlyDictionary<string, string> Errors, IReadOnlyList<SettingChange> Changes)
{
    public bool Saved => Errors.Count == 0;

    /// <summary>A save refused as a whole, with one message for the form.</summary>
    public static SettingsSaveResult Refused(string message) => new(new Dictionary<string, string> { [""] = message }, []);

    /// <summary>The key settings this save removed because their address changed without a new key (to be entered again).</summary>
    public IReadOnlyList<string> KeysRemovedWithAddress(IReadOnlyDictionary<string, bool> keyInEffectBefore) =>
        [.. KeyedEndpoints.All.Where(p => keyInEffectBefore.GetValueOrDefault(p.KeySetting)
                && Changes.Any(c => string.Equals(c.Key, p.EndpointSetting, StringComparison.OrdinalIgnoreCase))
                && !Changes.Any(c => string.Equals(c.Key, p.KeySetting, StringComparison.OrdinalIgnoreCase) && c.NewValue == SettingsStore.SecretReplaced))
            .Select(p => p.KeySetting)];
}

/// <summary>An API key field: whether one is in effect, and what staff want done with it. The key itself is never put in here.</summary>
public interface ISecretField
{
    bool KeyStored { get; set; }
    SecretAction KeyAction { get; set; }
    /// <summary>A new key typed by staff; cleared after a save.</summary>
    string? NewApiKey { get; set; }
}

/// <summary>One API key on a settings form.</summary>
public sealed class SecretEntry : ISecretField
{
    public bool KeyStored { get; set; }
    public SecretAction KeyAction { get; set; }
    public string? NewApiKey { get; set; }
}

/// <summary>
/// What every settings editor does the same way: bind the options as configured now, run the registered validation
/// rules (the ones that stop the app at start) on candidate values, work out which overrides to write so that
/// only what differs is saved, and save them (or nothing, when anything is wrong).
/// </summary>
public static partial class SettingsEditing
{
    public static readonly IReadOnlySet<string> NoSecrets = new HashSet<string>();

    /// <summary>The options as configured now (appsettings.json, then staff overrides).</summary>
    public static T Bind<T>(IConfiguration configuration, string section) where T : new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }

    /// <summary>
    /// Runs the validators on <paramref name="candidate"/>; each failure goes to the form field named by the last
    /// configuration key it mentions (<paramref name="fields"/>: key → field; others go to "" for the whole form), with keys
    /// written as their labels (<see cref="SettingLabels.For"/>), then in the page's own words if <paramref name="reword"/> is given.
    /// </summary>
    public static void Validate<T>(IEnumerable<IValidateOptions<T>> validators, T candidate, IReadOnlyDictionary<string, string> fields,
        Dictionary<string, string> errors, Func<string, string>? reword = null) where T : class
    {
        foreach (var validator in validators)
        {
            var result = validator.Validate(Options.DefaultName, candidate);
            if (!result.Failed) continue;
            foreach (var failure in result.Failures ?? [result.FailureMessage])
            {
                var keys = SettingKey().Matches(failure);
                var field = keys.Select(k => fields.GetValueOrDefault(k.Value)).LastOrDefault(f => f is not null) ?? "";
                var message = SettingKey().Replace(failure, m => SettingLabels.For(m.Value));
                errors.TryAdd(field, reword is null ? message : reword(message));
            }
        }
    }

    /// <summary>
    /// The overrides that make configuration say <paramref name="desired"/> (full key → value): a value where it differs
    /// from what is configured, null where an override is no longer needed (the value is back to appsettings.json).
    /// Keys in <paramref name="freeText"/> are compared exactly (a policy version "1.10" is not "1.1", a voice "Emma" not "emma").
    /// </summary>
    public static Dictionary<string, string?> Changes(IConfiguration configuration, IReadOnlyDictionary<string, string> desired,
        IReadOnlyDictionary<string, string> defaults, IReadOnlySet<string>? freeText = null)
    {
        var changes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in desired)
        {
            Func<string?, string?, bool> same = freeText?.Contains(key) == true ? SameText : Same;
            var overridden = SettingsConfiguration.IsOverridden(configuration, key);
            var baseline = SettingsConfiguration.BaseValue(configuration, key) ?? defaults.GetValueOrDefault(key);
            if (same(value, baseline)) { if (overridden) changes[key] = null; }
            else if (!overridden || !same(value, configuration[key])) changes[key] = value;
        }
        return changes;
    }

    /// <summary>
    /// Adds the overrides that make the list at <paramref name="listKey"/> exactly <paramref name="items"/>. Configuration
    /// binding merges lists slot by slot across sources, so every slot is written (none is left to appsettings.json), and
    /// slots beyond the new length lose their override, or are emptied where appsettings.json has them. Nothing is
    /// written when the list in effect is already this one; when it is appsettings.json's own list, the overrides go.
    /// </summary>
    public static void AddList(IConfiguration configuration, string listKey, IReadOnlyList<string> items, Dictionary<string, string?> changes)
    {
        var current = configuration.GetSection(listKey).GetChildren().Select(c => c.Value).Where(v => !string.IsNullOrEmpty(v)).ToList();
        if (current.SequenceEqual(items, StringComparer.Ordinal)) return;
        var slots = configuration.GetSection(listKey).GetChildren().Select(c => int.TryParse(c.Key, out var i) ? i : -1).Where(i => i >= 0).ToList();
        var baseList = slots.Order().Select(i => SettingsConfiguration.BaseValue(configuration, Slot(listKey, i))).Where(v => !string.IsNullOrEmpty(v)).ToList();
        var backToBase = baseList.SequenceEqual(items, StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(items.Count, slots.DefaultIfEmpty(-1).Max() + 1); i++)
        {
            var key = Slot(listKey, i);
            var overridden = SettingsConfiguration.IsOverridden(configuration, key);
            var inBase = SettingsConfiguration.BaseValue(configuration, key) is not null;
            string? value = backToBase || (i >= items.Count && !inBase) ? null : i < items.Count ? items[i] : "";
            if (value is not null || overridden) changes[key] = value;
        }
    }

    private static string Slot(string listKey, int index) => $"{listKey}:{index.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Equal as text: empty is missing, spaces around do not count, case does.</summary>
    public static bool SameText(string? a, string? b) => string.Equals(a?.Trim() ?? "", b?.Trim() ?? "", StringComparison.Ordinal);

    /// <summary>
    /// Saves the overrides <paramref name="changes"/> works out, with the keys in <paramref name="secretKeys"/> encrypted;
    /// when <paramref name="errors"/> has any problem nothing is saved and the problems are returned.
    /// </summary>
    public static async Task<SettingsSaveResult> SaveAsync(SettingsStore store, IReadOnlyDictionary<string, string> errors,
        Func<IReadOnlyDictionary<string, string?>> changes, IReadOnlySet<string> secretKeys, string changedBy, ILogger log, CancellationToken ct)
    {
        if (errors.Count > 0) return new SettingsSaveResult(errors, []);
        var wanted = changes();
        var recorded = wanted.Count == 0 ? [] : await store.SaveAsync(wanted, secretKeys, changedBy, ct);
        log.LogInformation("Settings saved by {User}: {Keys}", changedBy, string.Join(", ", recorded.Select(c => c.Key)));
        return new SettingsSaveResult(new Dictionary<string, string>(), recorded);
    }

    /// <summary>Adds what the form asks for a secret: a new key, or removing it (a key from the server's own configuration is hidden by an empty override).</summary>
    public static void AddSecret(IConfiguration configuration, string key, ISecretField field, Dictionary<string, string?> changes)
    {
        if (field.KeyAction == SecretAction.Replace && !string.IsNullOrWhiteSpace(field.NewApiKey))
            changes[key] = field.NewApiKey.Trim();
        else if (field.KeyAction == SecretAction.Remove)
        {
            if (!string.IsNullOrEmpty(SettingsConfiguration.BaseValue(configuration, key))) changes[key] = "";
            else if (SettingsConfiguration.IsOverridden(configuration, key)) changes[key] = null;
        }
    }

    /// <summary>
    /// The key the candidate settings use: the new one typed, none when removing, none when the address is not the
    /// one the key in effect belongs to (a key is never tried against another address), else the one in effect.
    /// </summary>
    public static string? CandidateKey(ISecretField field, string? current, bool addressChanged) => field.KeyAction switch
    {
        _ when NewKey(field) is { } typed => typed,
        SecretAction.Remove => null,
        _ => addressChanged ? null : current,
    };

    /// <summary>Whether the form asks for a change to the key: a new one typed, or removing it.</summary>
    public static bool ChangesKey(ISecretField field) => NewKey(field) is not null || field.KeyAction == SecretAction.Remove;

    private static string? NewKey(ISecretField field) =>
        field.KeyAction == SecretAction.Replace && !string.IsNullOrWhiteSpace(field.NewApiKey) ? field.NewApiKey.Trim() : null;

    /// <summary>Whether the address typed is another than the one configured now (the key in effect belongs to that one).</summary>
    public static bool AddressChanged(IConfiguration configuration, string endpointSetting, string? typed) =>
        !KeyedEndpoints.SameAddress(configuration[endpointSetting], typed);

    /// <summary>Parses an optional address (<see cref="ProbeAddress"/>); a problem goes to <paramref name="field"/>.</summary>
    public static Uri? Address(string? text, string field, string example, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (ProbeAddress.Problem(text, out var uri) is not { } problem) return uri;
        errors.TryAdd(field, problem == ProbeAddress.NotHttp ? $"{problem}, such as {example}." : problem + ".");
        return null;
    }

    public static string Bool(bool value) => value ? "true" : "false";
    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
    /// <summary>Money and prices: every decimal place kept (a price per token can be tiny); empty for none.</summary>
    public static string Amount(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture) ?? "";
    public static string Seconds(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);

    /// <summary>Equal as configuration values: empty is missing; numbers, switches, durations and addresses by value; names in any case.</summary>
    public static bool Same(string? a, string? b)
    {
        a = string.IsNullOrWhiteSpace(a) ? "" : a.Trim();
        b = string.IsNullOrWhiteSpace(b) ? "" : b.Trim();
        if (double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
            return x == y;
        if (bool.TryParse(a, out var p) && bool.TryParse(b, out var q)) return p == q;
        if (a.Contains(':') && TimeSpan.TryParse(a, CultureInfo.InvariantCulture, out var s) && TimeSpan.TryParse(b, CultureInfo.InvariantCulture, out var t)) return s == t;
        if (Uri.TryCreate(a, UriKind.Absolute, out var u) && Uri.TryCreate(b, UriKind.Absolute, out var v) && u.Scheme is "http" or "https") return u == v;
        // Provider and other enum names bind in any case; other text is compared exactly.
        return string.Equals(a, b, a.All(char.IsLetter) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(?:Generation|Exhibit|Costs|Privacy)(?::\w+)+")]
    private static partial Regex SettingKey();
}
