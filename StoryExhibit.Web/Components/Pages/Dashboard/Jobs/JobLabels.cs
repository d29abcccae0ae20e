using System.Globalization;
using MudBlazor;
using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Web.Components.Pages.Dashboard.Jobs;

/// <summary>How the dashboard names a job's kind, state and owner for people.</summary>
public static class JobLabels
{
    public static string Kind(string kind) => kind switch
    {
        JobKinds.Writer => "Story writer",
        JobKinds.Illustrator => "Illustrations",
        JobKinds.Video => "Narrated video",
        JobKinds.Snippet => "Animated snippet",
        JobKinds.Pdf => "PDF export",
        JobKinds.Epub => "EPUB export",
        JobKinds.Html => "HTML export",
        _ => kind,
    };

    public static string State(JobState state) => state switch
    {
        JobState.Queued => "Queued",
        JobState.Running => "Running",
        JobState.Succeeded => "Done",
        JobState.Failed => "Failed",
        JobState.Cancelled => "Cancelled",
        _ => state.ToString(),
    };

    public static Color StateColour(JobState state) => state switch
    {
        JobState.Running => Color.Info,
        JobState.Succeeded => Color.Success,
        JobState.Failed => Color.Error,
        JobState.Cancelled => Color.Warning,
        _ => Color.Default,
    };

    public static string StateIcon(JobState state) => state switch
    {
        JobState.Queued => Icons.Material.Filled.HourglassEmpty,
        JobState.Running => Icons.Material.Filled.Autorenew,
        JobState.Succeeded => Icons.Material.Filled.CheckCircle,
        JobState.Failed => Icons.Material.Filled.Error,
        _ => Icons.Material.Filled.Block,
    };

    /// <summary>A visitor is only ever "Visitor": their key is not shown.</summary>
    public static string Owner(StaffJob job) => job.OwnerKind switch
    {
        JobOwnerKind.ApiKey => $"API key: {job.OwnerName}",
        JobOwnerKind.Staff => $"Staff: {job.OwnerName}",
        _ => "Visitor",
    };

    public static string Time(DateTime? utc) => utc is { } t
        ? DateTime.SpecifyKind(t, DateTimeKind.Utc).ToLocalTime().ToString("d MMM HH:mm:ss", CultureInfo.InvariantCulture)
        : "–";

    public static string Percent(double fraction) => (Math.Clamp(fraction, 0, 1) * 100).ToString("0", CultureInfo.InvariantCulture) + " %";
}
