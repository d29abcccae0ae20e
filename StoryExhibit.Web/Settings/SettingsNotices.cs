using Radzen;

namespace StoryExhibit.Web.Settings;

/// <summary>The notification every settings page shows after a save.</summary>
public static class SettingsNotices
{
    public static NotificationMessage Saved(int changes) => changes == 0
        ? new NotificationMessage { Severity = NotificationSeverity.Info, Summary = "Nothing to save", Detail = "These are already the settings in use.", Duration = 4000 }
        : new NotificationMessage
        {
            Severity = NotificationSeverity.Success, Summary = "Settings saved",
            Detail = changes == 1 ? "1 change is in use now." : $"{changes} changes are in use now.", Duration = 5000,
        };
}
