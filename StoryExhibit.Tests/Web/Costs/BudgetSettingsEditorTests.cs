using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Costs;
using StoryExhibit.Tests.Web.Settings;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Tests.Web.Costs;

/// <summary>The budgets editor over the real settings services (SQLite file, configuration reloaded on save).</summary>
public sealed class BudgetSettingsEditorTests : IAsyncLifetime
{
    private SettingsHost _app = null!;

    public async Task InitializeAsync() => _app = await SettingsHost.StartAsync(new Dictionary<string, string?>
    {
        ["Costs:DailyBudget"] = "20", ["Costs:ServiceBudgets:Text"] = "10", ["Costs:ServiceBudgets:Images"] = "8",
    });

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        SettingsHost.DeleteFolder(_app.Folder);
    }

    private BudgetSettingsEditor Editor() => new(_app.Configuration, _app.Store, _app.Services.GetServices<IValidateOptions<CostOptions>>(), NullLogger<BudgetSettingsEditor>.Instance);

    [Fact]
    public async Task Only_changed_values_are_saved_and_the_guard_sees_them_at_once()
    {
        var editor = Editor();
        var guard = _app.Services.GetRequiredService<BudgetGuard>();
        _app.Services.GetRequiredService<ProviderCallLog>().Record(new ProviderCall { Service = GeneratorService.Images, Provider = "OpenAI", EstimatedCost = 1m });
        Assert.True(guard.AllowsPaidCall(GeneratorService.Images));

        var form = editor.Load();
        Assert.Equal((20m, 10m, 8m, (decimal?)null), (form.DailyBudget, form.TextBudget, form.ImagesBudget, form.SpeechBudget));
        form.ImagesBudget = 0.5m;
        form.SpeechBudget = 2m;
        form.Currency = "eur";
        var result = await editor.SaveAsync(form, "Ada", default);

        Assert.True(result.Saved);
        Assert.Equal(["Costs:Currency", "Costs:ServiceBudgets:Images", "Costs:ServiceBudgets:Speech"], result.Changes.Select(c => c.Key).Order());
        Assert.All(result.Changes, c => Assert.Equal("Ada", c.ChangedBy));
        Assert.False(guard.AllowsPaidCall(GeneratorService.Images)); // 1 spent against the new 0.5
        Assert.Equal("EUR", guard.Status().Currency);
        Assert.Equal(2m, guard.Status().For(GeneratorService.Speech).Budget);

        // Saving the same values again changes nothing.
        Assert.Empty((await editor.SaveAsync(editor.Load(), "Ada", default)).Changes);
    }

    [Fact]
    public async Task A_service_budget_staff_added_can_be_cleared_but_one_from_the_configuration_cannot()
    {
        var editor = Editor();
        var form = editor.Load();
        form.SpeechBudget = 3m;
        await editor.SaveAsync(form, "Ada", default);

        form = editor.Load();
        form.SpeechBudget = null;
        var cleared = await editor.SaveAsync(form, "Ada", default);
        Assert.True(cleared.Saved);
        Assert.Null(Assert.Single(cleared.Changes).NewValue);
        Assert.False(_app.Services.GetRequiredService<IOptionsMonitor<CostOptions>>().CurrentValue.ServiceBudgets.ContainsKey(GeneratorService.Speech));

        form = editor.Load();
        form.TextBudget = null;
        var refused = await editor.SaveAsync(form, "Ada", default);
        Assert.False(refused.Saved);
        Assert.Contains("enter the daily total", refused.Errors[nameof(BudgetSettingsForm.TextBudget)]);
    }

    [Theory]
    [InlineData(nameof(BudgetSettingsForm.DailyBudget), "-1", "cannot be negative")]
    [InlineData(nameof(BudgetSettingsForm.DailyBudget), "100001", "at most 100,000")]
    [InlineData(nameof(BudgetSettingsForm.ImagePerPicture), "11", "at most 10")]
    [InlineData(nameof(BudgetSettingsForm.TextPerMillionInputTokens), "", "is needed")]
    [InlineData(nameof(BudgetSettingsForm.Currency), "dollars", "three-letter code")]
    public async Task Bad_values_get_a_clear_message_and_nothing_is_saved(string field, string value, string message)
    {
        var editor = Editor();
        var form = editor.Load();
        form.ImagesBudget = 1m; // a valid change alongside the bad one is not saved either
        var property = typeof(BudgetSettingsForm).GetProperty(field)!;
        property.SetValue(form, property.PropertyType == typeof(string) ? value
            : value == "" ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        var result = await editor.SaveAsync(form, "Ada", default);

        Assert.False(result.Saved);
        Assert.Contains(message, result.Errors[field]);
        Assert.Empty(await _app.Store.RecentChangesAsync(5));
    }

    [Fact]
    public void Changes_are_named_for_staff()
    {
        Assert.Equal("Pictures budget", SettingLabels.For("Costs:ServiceBudgets:Images"));
        Assert.Equal("Daily budget", SettingLabels.For("Costs:DailyBudget"));
    }
}
