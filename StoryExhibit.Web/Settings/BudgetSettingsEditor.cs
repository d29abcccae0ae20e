using System.Globalization;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Settings;

namespace StoryExhibit.Web.Settings;

public sealed record BudgetSaveResult(IReadOnlyDictionary<string, string> Errors, IReadOnlyList<SettingChange> Changes)
{
    public bool Saved => Errors.Count == 0;
}

/// <summary>
/// Everything behind the budgets page: the settings in effect, checks with clear messages per field (then the
/// registered <see cref="IValidateOptions{CostOptions}"/> rules, the same that stop the app at start), and a save of
/// only what differs. The guard and the estimator read the options live, so a save applies to the next call.
/// </summary>
public sealed class BudgetSettingsEditor(
    IConfiguration configuration,
    SettingsStore store,
    IEnumerable<IValidateOptions<CostOptions>> validators,
    ILogger<BudgetSettingsEditor> log)
{
    private const string Prefix = CostOptions.Section + ":";
    private static readonly IReadOnlySet<string> NoSecrets = new HashSet<string>();

    /// <summary>Staff-facing name of a cost setting, for the record of changes.</summary>
    public static string Label(string key) => key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? key[Prefix.Length..] switch
    {
        "Currency" => "Currency",
        "DailyBudget" => "Daily budget",
        "ServiceBudgets:Text" => "Story text budget",
        "ServiceBudgets:Images" => "Pictures budget",
        "ServiceBudgets:Speech" => "Narration budget",
        "Prices:TextPerMillionInputTokens" => "Text price (million tokens in)",
        "Prices:TextPerMillionOutputTokens" => "Text price (million tokens out)",
        "Prices:ImagePerPicture" => "Picture price",
        "Prices:SdxlTurboPerPicture" => "SDXL-Turbo picture price",
        "Prices:SpeechPerMillionCharacters" => "Speech price (million characters)",
        var other => other,
    } : SpeechSettingsEditor.Label(key);

    public static bool IsCostKey(string key) => key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    public BudgetSettingsForm Load()
    {
        var o = Current();
        return new BudgetSettingsForm
        {
            Currency = o.Currency,
            DailyBudget = o.DailyBudget,
            TextBudget = o.ServiceBudgets.TryGetValue(GeneratorService.Text, out var t) ? t : null,
            ImagesBudget = o.ServiceBudgets.TryGetValue(GeneratorService.Images, out var i) ? i : null,
            SpeechBudget = o.ServiceBudgets.TryGetValue(GeneratorService.Speech, out var s) ? s : null,
            TextPerMillionInputTokens = o.Prices.TextPerMillionInputTokens,
            TextPerMillionOutputTokens = o.Prices.TextPerMillionOutputTokens,
            ImagePerPicture = o.Prices.ImagePerPicture,
            SdxlTurboPerPicture = o.Prices.SdxlTurboPerPicture,
            SpeechPerMillionCharacters = o.Prices.SpeechPerMillionCharacters,
        };
    }

    /// <summary>Problems by form field ("" for the form as a whole); empty when the form can be saved.</summary>
    public IReadOnlyDictionary<string, string> Check(BudgetSettingsForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var currency = form.Currency?.Trim().ToUpperInvariant();
        if (!CostServices.IsCurrencyCode(currency))
            errors[nameof(form.Currency)] = "Currency must be a three-letter code such as USD, EUR or GBP.";

        Amount(errors, nameof(form.DailyBudget), "The daily budget", form.DailyBudget, CostServices.MaxBudget, required: true);
        foreach (var service in BudgetSettingsForm.BudgetedServices)
        {
            var field = BudgetSettingsForm.FieldFor(service);
            var name = $"The {BudgetSettingsForm.ServiceName(service).ToLowerInvariant()} budget";
            // appsettings.json cannot be told "no budget" for a service it gives one, so such a budget can be changed, not cleared.
            var required = SettingsConfiguration.BaseValue(configuration, Key(service)) is not null;
            if (required && form.BudgetFor(service) is null)
                errors[field] = $"{name} is needed (the server's configuration sets one): enter the daily total to limit it by that alone.";
            else Amount(errors, field, name, form.BudgetFor(service), CostServices.MaxBudget, required: false);
        }
        Amount(errors, nameof(form.TextPerMillionInputTokens), "The price of input tokens", form.TextPerMillionInputTokens, CostServices.MaxPricePerMillion, true);
        Amount(errors, nameof(form.TextPerMillionOutputTokens), "The price of output tokens", form.TextPerMillionOutputTokens, CostServices.MaxPricePerMillion, true);
        Amount(errors, nameof(form.ImagePerPicture), "The price of a picture", form.ImagePerPicture, CostServices.MaxPricePerPicture, true);
        Amount(errors, nameof(form.SdxlTurboPerPicture), "The price of an SDXL-Turbo picture", form.SdxlTurboPerPicture, CostServices.MaxPricePerPicture, true);
        Amount(errors, nameof(form.SpeechPerMillionCharacters), "The price of speech", form.SpeechPerMillionCharacters, CostServices.MaxPricePerMillion, true);
        if (errors.Count > 0) return errors;

        var candidate = Current();
        candidate.Currency = currency!;
        candidate.DailyBudget = form.DailyBudget!.Value;
        foreach (var service in BudgetSettingsForm.BudgetedServices)
        {
            if (form.BudgetFor(service) is { } budget) candidate.ServiceBudgets[service] = budget;
            else candidate.ServiceBudgets.Remove(service);
        }
        candidate.Prices = new PriceList
        {
            TextPerMillionInputTokens = form.TextPerMillionInputTokens!.Value, TextPerMillionOutputTokens = form.TextPerMillionOutputTokens!.Value,
            ImagePerPicture = form.ImagePerPicture!.Value, SdxlTurboPerPicture = form.SdxlTurboPerPicture!.Value,
            SpeechPerMillionCharacters = form.SpeechPerMillionCharacters!.Value,
        };
        foreach (var validator in validators)
        {
            var result = validator.Validate(Options.DefaultName, candidate);
            if (result.Failed) errors.TryAdd("", string.Join(" ", result.Failures ?? [result.FailureMessage]));
        }
        return errors;
    }

    /// <summary>The configuration changes the form asks for: a value, or null to go back to appsettings.json.</summary>
    public IReadOnlyDictionary<string, string?> ChangesFor(BudgetSettingsForm form)
    {
        var changes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in Values(form))
        {
            var overridden = SettingsConfiguration.IsOverridden(configuration, key);
            var baseline = SettingsConfiguration.BaseValue(configuration, key) ?? DefaultValue(key);
            if (Same(value, baseline)) { if (overridden) changes[key] = null; }
            else if (!overridden || !Same(value, configuration[key])) changes[key] = value;
        }
        return changes;
    }

    /// <summary>Checks the form and, when it is valid, saves what differs. Nothing is saved when anything is wrong.</summary>
    public async Task<BudgetSaveResult> SaveAsync(BudgetSettingsForm form, string changedBy, CancellationToken ct)
    {
        var errors = Check(form);
        if (errors.Count > 0) return new BudgetSaveResult(errors, []);
        var changes = ChangesFor(form);
        var recorded = changes.Count == 0 ? [] : await store.SaveAsync(changes, NoSecrets, changedBy, ct);
        log.LogInformation("Budgets saved by {User}: {Keys}", changedBy, string.Join(", ", recorded.Select(c => c.Key)));
        return new BudgetSaveResult(new Dictionary<string, string>(), recorded);
    }

    /// <summary>The latest changes to prices and budgets, newest first.</summary>
    public async Task<IReadOnlyList<SettingChange>> RecentChangesAsync(int count, CancellationToken ct) =>
        [.. (await store.RecentChangesAsync(count * 10, ct)).Where(c => IsCostKey(c.Key)).Take(count)];

    private static string Key(GeneratorService service) => $"{Prefix}ServiceBudgets:{service}";

    private CostOptions Current()
    {
        var options = new CostOptions();
        configuration.GetSection(CostOptions.Section).Bind(options);
        return options;
    }

    private static void Amount(Dictionary<string, string> errors, string field, string name, decimal? value, decimal max, bool required)
    {
        if (value is null) { if (required) errors[field] = $"{name} is needed."; }
        else if (value < 0) errors[field] = $"{name} cannot be negative.";
        else if (value > max) errors[field] = $"{name} can be at most {max.ToString("#,0.##", CultureInfo.InvariantCulture)}.";
    }

    private static IEnumerable<(string Key, string? Value)> Values(BudgetSettingsForm f)
    {
        yield return (Prefix + nameof(CostOptions.Currency), f.Currency.Trim().ToUpperInvariant());
        yield return (Prefix + nameof(CostOptions.DailyBudget), Number(f.DailyBudget));
        foreach (var service in BudgetSettingsForm.BudgetedServices) yield return (Key(service), Number(f.BudgetFor(service)));
        yield return (Prefix + "Prices:" + nameof(PriceList.TextPerMillionInputTokens), Number(f.TextPerMillionInputTokens));
        yield return (Prefix + "Prices:" + nameof(PriceList.TextPerMillionOutputTokens), Number(f.TextPerMillionOutputTokens));
        yield return (Prefix + "Prices:" + nameof(PriceList.ImagePerPicture), Number(f.ImagePerPicture));
        yield return (Prefix + "Prices:" + nameof(PriceList.SdxlTurboPerPicture), Number(f.SdxlTurboPerPicture));
        yield return (Prefix + "Prices:" + nameof(PriceList.SpeechPerMillionCharacters), Number(f.SpeechPerMillionCharacters));
    }

    /// <summary>The built-in default of a key that appsettings.json does not set.</summary>
    private static string? DefaultValue(string key)
    {
        var defaults = new CostOptions();
        var f = new BudgetSettingsForm
        {
            Currency = defaults.Currency, DailyBudget = defaults.DailyBudget,
            TextPerMillionInputTokens = defaults.Prices.TextPerMillionInputTokens, TextPerMillionOutputTokens = defaults.Prices.TextPerMillionOutputTokens,
            ImagePerPicture = defaults.Prices.ImagePerPicture, SdxlTurboPerPicture = defaults.Prices.SdxlTurboPerPicture,
            SpeechPerMillionCharacters = defaults.Prices.SpeechPerMillionCharacters,
        };
        return Values(f).First(v => string.Equals(v.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
    }

    private static string? Number(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>Equal as configuration values: missing is missing, numbers by value, text by its letters.</summary>
    private static bool Same(string? a, string? b)
    {
        a = string.IsNullOrWhiteSpace(a) ? null : a.Trim();
        b = string.IsNullOrWhiteSpace(b) ? null : b.Trim();
        if (a is null || b is null) return a == b;
        if (decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
            return x == y;
        return string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
