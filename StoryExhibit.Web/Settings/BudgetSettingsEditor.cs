using System.Globalization;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Settings;

namespace StoryExhibit.Web.Settings;

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
    private const string C = CostOptions.Section + ":";

    /// <summary>The form field each setting's validation message belongs to.</summary>
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        [C + "Currency"] = nameof(BudgetSettingsForm.Currency),
        [C + "DailyBudget"] = nameof(BudgetSettingsForm.DailyBudget),
        [C + "ServiceBudgets:Text"] = nameof(BudgetSettingsForm.TextBudget),
        [C + "ServiceBudgets:Images"] = nameof(BudgetSettingsForm.ImagesBudget),
        [C + "ServiceBudgets:Speech"] = nameof(BudgetSettingsForm.SpeechBudget),
    };

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

        SettingsEditing.Validate(validators, Apply(form), Fields, errors);
        return errors;
    }

    /// <summary>The configuration changes the form asks for: a value, or null to go back to appsettings.json.</summary>
    public IReadOnlyDictionary<string, string?> ChangesFor(BudgetSettingsForm form) =>
        SettingsEditing.Changes(configuration, Values(Apply(form)), Values(new CostOptions()));

    /// <summary>Checks the form and, when it is valid, saves what differs. Nothing is saved when anything is wrong.</summary>
    public Task<SettingsSaveResult> SaveAsync(BudgetSettingsForm form, string changedBy, CancellationToken ct) =>
        SettingsEditing.SaveAsync(store, Check(form), () => ChangesFor(form), SettingsEditing.NoSecrets, changedBy, log, ct);

    /// <summary>The latest changes to prices and budgets, newest first.</summary>
    public async Task<IReadOnlyList<SettingChange>> RecentChangesAsync(int count, CancellationToken ct) =>
        [.. (await store.RecentChangesAsync(count * 10, ct)).Where(c => c.Key.StartsWith(C, StringComparison.OrdinalIgnoreCase)).Take(count)];

    private static string Key(GeneratorService service) => $"{C}ServiceBudgets:{service}";

    private CostOptions Current() => SettingsEditing.Bind<CostOptions>(configuration, CostOptions.Section);

    /// <summary>The form over the current options (a missing amount keeps the current one: <see cref="Check"/> says it is needed).</summary>
    private CostOptions Apply(BudgetSettingsForm form)
    {
        var candidate = Current();
        candidate.Currency = form.Currency?.Trim().ToUpperInvariant() ?? candidate.Currency;
        candidate.DailyBudget = form.DailyBudget ?? candidate.DailyBudget;
        foreach (var service in BudgetSettingsForm.BudgetedServices)
        {
            if (form.BudgetFor(service) is { } budget) candidate.ServiceBudgets[service] = budget;
            else candidate.ServiceBudgets.Remove(service);
        }
        var prices = candidate.Prices;
        prices.TextPerMillionInputTokens = form.TextPerMillionInputTokens ?? prices.TextPerMillionInputTokens;
        prices.TextPerMillionOutputTokens = form.TextPerMillionOutputTokens ?? prices.TextPerMillionOutputTokens;
        prices.ImagePerPicture = form.ImagePerPicture ?? prices.ImagePerPicture;
        prices.SdxlTurboPerPicture = form.SdxlTurboPerPicture ?? prices.SdxlTurboPerPicture;
        prices.SpeechPerMillionCharacters = form.SpeechPerMillionCharacters ?? prices.SpeechPerMillionCharacters;
        return candidate;
    }

    private static void Amount(Dictionary<string, string> errors, string field, string name, decimal? value, decimal max, bool required)
    {
        if (value is null) { if (required) errors[field] = $"{name} is needed."; }
        else if (value < 0) errors[field] = $"{name} cannot be negative.";
        else if (value > max) errors[field] = $"{name} can be at most {max.ToString("#,0.##", CultureInfo.InvariantCulture)}.";
    }

    /// <summary>The page's settings as configuration values; a service without a budget of its own is empty.</summary>
    private static Dictionary<string, string> Values(CostOptions o)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [C + "Currency"] = o.Currency,
            [C + "DailyBudget"] = SettingsEditing.Amount(o.DailyBudget),
            [C + "Prices:TextPerMillionInputTokens"] = SettingsEditing.Amount(o.Prices.TextPerMillionInputTokens),
            [C + "Prices:TextPerMillionOutputTokens"] = SettingsEditing.Amount(o.Prices.TextPerMillionOutputTokens),
            [C + "Prices:ImagePerPicture"] = SettingsEditing.Amount(o.Prices.ImagePerPicture),
            [C + "Prices:SdxlTurboPerPicture"] = SettingsEditing.Amount(o.Prices.SdxlTurboPerPicture),
            [C + "Prices:SpeechPerMillionCharacters"] = SettingsEditing.Amount(o.Prices.SpeechPerMillionCharacters),
        };
        foreach (var service in BudgetSettingsForm.BudgetedServices)
            values[Key(service)] = SettingsEditing.Amount(o.ServiceBudgets.TryGetValue(service, out var budget) ? budget : null);
        return values;
    }
}
