using StoryExhibit.Core.Generation.Images;

namespace StoryExhibit.Core.StoryIllustrator;

/// <summary>What is wrong with an illustrator job's input, each problem a sentence naming its field.</summary>
public static class IllustratorInputRules
{
    public static IReadOnlyList<string> Problems(IllustratorInput input, IllustratorOptions options)
    {
        var problems = new List<string>();
        var sources = new[] { input.Text, input.UploadName, input.Url }.Count(s => !string.IsNullOrWhiteSpace(s));
        if (sources != 1) problems.Add("Story: give the story as text, as a file or as a web address (one of the three).");
        if (input.Text is { Length: > IllustratorInput.MaxTypedCharacters })
            problems.Add($"Text: at most {IllustratorInput.MaxTypedCharacters:N0} characters; upload a file for a longer story.");
        if (!string.IsNullOrWhiteSpace(input.UploadName) && !IllustratorUploads.IsStoredName(input.UploadName))
            problems.Add("File: that is not an uploaded story file.");
        if (!string.IsNullOrWhiteSpace(input.Url))
        {
            if (input.Url.Length > IllustratorInput.MaxUrlLength) problems.Add($"URL: at most {IllustratorInput.MaxUrlLength} characters.");
            else if (UrlText.UrlProblem(input.Url) is { } urlProblem) problems.Add("URL: " + urlProblem);
        }
        if (!Enum.IsDefined(input.Style)) problems.Add("Style: choose one of the art styles.");
        if (!Enum.IsDefined(input.Aspect)) problems.Add("Aspect: choose 16:9, 4:3, 1:1 or 3:4.");
        if (!Enum.IsDefined(input.Quality)) problems.Add("Quality: choose draft, standard or high.");
        if (input.MaxPictures < 1 || input.MaxPictures > options.MaxPictures)
            problems.Add($"Pictures: between 1 and {options.MaxPictures}.");
        return problems;
    }
}
