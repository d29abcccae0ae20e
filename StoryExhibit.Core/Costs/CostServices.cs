using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Costs;

public static class CostServices
{
    public const decimal MaxBudget = 100_000m;
    public const decimal MaxPricePerMillion = 1_000m;
    public const decimal MaxPricePerPicture = 10m;

    /// <summary>
    /// Prices and budgets (<c>Costs</c>), the budget guard, the record of generator calls and its writer, the
    /// estimator and the spend queries. Generators are wrapped with <see cref="CostAccounting"/> where they are chosen.
    /// </summary>
    public static IServiceCollection AddCosts(this IServiceCollection services, IConfigurationSection section)
    {
        const string s = CostOptions.Section;
        services.AddOptions<CostOptions>().Bind(section)
            .Validate(o => IsCurrencyCode(o.Currency), $"{s}:Currency must be a three-letter currency code such as USD, EUR or GBP.")
            .Validate(o => o.DailyBudget is >= 0 and <= MaxBudget, $"{s}:DailyBudget must be between 0 and {MaxBudget}.")
            .Validate(o => o.ServiceBudgets.Values.All(b => b is >= 0 and <= MaxBudget), $"{s}:ServiceBudgets must each be between 0 and {MaxBudget}.")
            .Validate(o => o.Prices.TextPerMillionInputTokens is >= 0 and <= MaxPricePerMillion && o.Prices.TextPerMillionOutputTokens is >= 0 and <= MaxPricePerMillion
                           && o.Prices.SpeechPerMillionCharacters is >= 0 and <= MaxPricePerMillion,
                $"{s}:Prices per million tokens or characters must be between 0 and {MaxPricePerMillion}.")
            .Validate(o => o.Prices.ImagePerPicture is >= 0 and <= MaxPricePerPicture && o.Prices.SdxlTurboPerPicture is >= 0 and <= MaxPricePerPicture,
                $"{s}:Prices per picture must be between 0 and {MaxPricePerPicture}.")
            .ValidateOnStart();
        services.AddSingleton<BudgetGuard>();
        services.AddSingleton<ProviderCallLog>();
        services.AddSingleton<CostAccounting>();
        services.AddSingleton<CostEstimator>();
        services.AddSingleton<SpendQueries>();
        services.AddHostedService<BudgetLoader>();
        services.AddBatchWriter<ProviderCallWriter>();
        return services;
    }

    public static bool IsCurrencyCode(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);
}

/// <summary>Reads today's spend by earlier runs once the database is migrated (registered after the DatabaseInitializer).</summary>
internal sealed class BudgetLoader(BudgetGuard guard) : IHostedService
{
    public Task StartAsync(CancellationToken ct) => guard.LoadAsync(ct);
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
