using Bunit;
using StoryExhibit.Core.Costs;
using StoryExhibit.Web.Components.Pages.Dashboard;

namespace StoryExhibit.Tests.Components.Dashboard;

/// <summary>The dashboard says when a spent budget has the offline providers serving, and is silent otherwise.</summary>
public sealed class BudgetFallbackNoticeTests : ComponentTestContext
{
    private static BudgetStatus Status(params ServiceBudgetStatus[] services) =>
        new(new DateOnly(2026, 11, 21), services.Sum(s => s.Spent), 20m, "USD", services);

    [Fact]
    public void Names_each_service_that_falls_back_with_its_spend()
    {
        var since = new DateTimeOffset(2026, 11, 21, 14, 2, 0, TimeSpan.Zero);
        var notice = Render<BudgetFallbackNotice>(p => p.Add(c => c.Status, Status(
            new ServiceBudgetStatus(GeneratorService.Text, 1m, 10m, "USD", true, null),
            new ServiceBudgetStatus(GeneratorService.Images, 8m, 8m, "USD", false, since))));

        var section = notice.Find("section[role=status]");
        Assert.Contains("budget is spent for pictures", section.TextContent);
        Assert.Contains("the offline provider serves", section.TextContent);
        Assert.Contains("$8.00 of $8.00", section.TextContent);
        Assert.DoesNotContain("Story text", section.TextContent);
    }

    [Fact]
    public void Says_nothing_while_every_budget_allows_paid_calls()
    {
        var notice = Render<BudgetFallbackNotice>(p => p.Add(c => c.Status, Status(
            new ServiceBudgetStatus(GeneratorService.Text, 1m, 10m, "USD", true, null),
            new ServiceBudgetStatus(GeneratorService.Speech, 0m, 0m, "USD", false, null))));

        Assert.Empty(notice.FindAll("section"));
    }
}
