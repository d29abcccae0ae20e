using MudBlazor;

namespace StoryExhibit.Web.Settings;

/// <summary>The short notices the staff pages show after a save or an account change.</summary>
public static class SettingsNotices
{
    /// <summary>After a save: how many changes are in use now, or that nothing needed saving.</summary>
    /// <param name="what">What was saved, as staff call it ("Settings", "Budgets").</param>
    /// <param name="detail">What saved changes do, when "N changes are in use now" is not the right thing to say.</param>
    public static void Saved(this ISnackbar snackbar, int changes, string what = "Settings", string? detail = null)
    {
        if (changes == 0)
        {
            snackbar.Add($"Nothing to save: these are already the {what.ToLowerInvariant()} in use.", Severity.Info, o => o.VisibleStateDuration = 4000);
            return;
        }
        detail ??= changes == 1 ? "1 change is in use now." : $"{changes} changes are in use now.";
        snackbar.Add($"{what} saved. {detail}", Severity.Success, o => o.VisibleStateDuration = 5000);
    }

    /// <summary>After an action that worked: what was done and what it means.</summary>
    public static void Done(this ISnackbar snackbar, string summary, string detail) =>
        snackbar.Add($"{summary}. {detail}", Severity.Success, o => o.VisibleStateDuration = 5000);
}
