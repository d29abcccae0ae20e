using System.Globalization;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Stories;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Canvases;

/// <summary>What a canvas definition must satisfy before it is saved; messages are written for staff.</summary>
public static class CanvasRules
{
    public const int SlugMin = 2;
    public const int SlugMax = 40;
    public const int TitleMax = 80;
    public const double MinFramesPerSecond = 0.25;
    public const double MaxFramesPerSecond = CanvasDefinition.MaxFramesPerSecond;

    /// <summary>Null when <paramref name="slug"/> can be a canvas address, else why not.</summary>
    public static string? SlugProblem(string? slug)
    {
        if (string.IsNullOrWhiteSpace(slug)) return "Give the canvas an address, such as lobby-left.";
        if (slug.Length < SlugMin || slug.Length > SlugMax) return $"The address must be {SlugMin} to {SlugMax} characters long (it is {slug.Length}).";
        if (slug.Any(c => c is not (>= 'a' and <= 'z' or >= '0' and <= '9' or '-')))
        {
            var suggestion = Suggest(slug);
            return "Use only lower-case letters, digits and dashes" + (SlugProblem(suggestion) is null ? $", for example {suggestion}." : ".");
        }
        if (slug[0] == '-' || slug[^1] == '-') return "The address cannot start or end with a dash.";
        if (slug.Contains("--", StringComparison.Ordinal)) return "The address cannot contain two dashes in a row.";
        return null;
    }

    public static bool IsSlug(string? slug) => SlugProblem(slug) is null;

    /// <summary>Normalises text fields as typed text (<see cref="FreeText"/>) and tidies the story code; the result is what gets checked and saved.</summary>
    public static CanvasDefinition Tidy(CanvasDefinition canvas) => new()
    {
        Slug = (canvas.Slug ?? "").Trim(),
        Title = FreeText.Normalize(canvas.Title),
        Source = canvas.Source,
        StoryCode = string.IsNullOrWhiteSpace(canvas.StoryCode) ? null : SessionCodes.Normalize(canvas.StoryCode) ?? canvas.StoryCode.Trim(),
        Prompt = FreeText.Normalize(canvas.Prompt) is { Length: > 0 } prompt ? prompt : null,
        Style = canvas.Style,
        FramesPerSecond = canvas.FramesPerSecond,
        ShowCornerLabel = canvas.ShowCornerLabel,
        CreatedUtc = canvas.CreatedUtc,
        UpdatedUtc = canvas.UpdatedUtc,
    };

    /// <summary>Problems by field name (<c>nameof(CanvasDefinition.Slug)</c>...); empty when the canvas can be saved.</summary>
    public static Dictionary<string, string> Check(CanvasDefinition canvas)
    {
        var errors = new Dictionary<string, string>();
        if (SlugProblem(canvas.Slug) is { } slug) errors[nameof(CanvasDefinition.Slug)] = slug;
        if (canvas.Title?.Length > TitleMax) errors[nameof(CanvasDefinition.Title)] = $"The title can be at most {TitleMax} characters (it is {canvas.Title.Length}).";
        if (!Enum.IsDefined(canvas.Source)) errors[nameof(CanvasDefinition.Source)] = "Choose what the canvas shows.";
        if (!Enum.IsDefined(canvas.Style)) errors[nameof(CanvasDefinition.Style)] = "Choose an art style.";
        if (!(canvas.FramesPerSecond >= MinFramesPerSecond && canvas.FramesPerSecond <= MaxFramesPerSecond))
            errors[nameof(CanvasDefinition.FramesPerSecond)] =
                $"Frames a second must be between {MinFramesPerSecond.ToString(CultureInfo.InvariantCulture)} and {MaxFramesPerSecond.ToString(CultureInfo.InvariantCulture)}.";
        switch (canvas.Source)
        {
            case CanvasSource.LiveGenerator when string.IsNullOrWhiteSpace(canvas.Prompt):
                errors[nameof(CanvasDefinition.Prompt)] = "A live canvas needs a prompt: describe what to paint.";
                break;
            case CanvasSource.LiveGenerator when canvas.Prompt!.Length > StoryLimits.PromptMax:
                errors[nameof(CanvasDefinition.Prompt)] = $"The prompt can be at most {StoryLimits.PromptMax} characters (it is {canvas.Prompt.Length}).";
                break;
            case CanvasSource.Story when string.IsNullOrWhiteSpace(canvas.StoryCode):
                errors[nameof(CanvasDefinition.StoryCode)] = $"Give the story's code, such as {SessionCodes.Example}.";
                break;
            case CanvasSource.Story when SessionCodes.Normalize(canvas.StoryCode) is null:
                errors[nameof(CanvasDefinition.StoryCode)] = $"“{canvas.StoryCode}” is not a story code: it looks like {SessionCodes.Example}.";
                break;
        }
        return errors;
    }

    private static string Suggest(string slug)
    {
        var chars = slug.Trim().ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray();
        var text = new string(chars);
        while (text.Contains("--", StringComparison.Ordinal)) text = text.Replace("--", "-", StringComparison.Ordinal);
        return text.Trim('-');
    }
}
