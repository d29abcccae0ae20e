namespace StoryExhibit.Core.Costs;

/// <summary>Today's (UTC) spend against the budgets, for the dashboard and the budgets page.</summary>
/// <param name="Day">The UTC day the figures are for.</param>
/// <param name="Spent">Spent by all services today.</param>
/// <param name="Budget">The daily budget for the whole exhibit.</param>
public sealed record BudgetStatus(DateOnly Day, decimal Spent, decimal Budget, string Currency, IReadOnlyList<ServiceBudgetStatus> Services)
{
    public bool Exhausted => Spent >= Budget;
    public ServiceBudgetStatus For(GeneratorService service) => Services.Single(s => s.Service == service);
}

/// <param name="Budget">The service's own daily budget; null when only the whole exhibit's budget limits it.</param>
/// <param name="AllowsPaidCalls">False when this service's budget or the whole exhibit's is spent.</param>
/// <param name="FallingBackSince">When the exhibit started using the offline provider instead of a paid one today; null when it is not falling back.</param>
public sealed record ServiceBudgetStatus(
    GeneratorService Service, decimal Spent, decimal? Budget, string Currency, bool AllowsPaidCalls, DateTimeOffset? FallingBackSince)
{
    public bool FallingBack => FallingBackSince is not null;
}
