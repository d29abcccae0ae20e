using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Privacy;

namespace StoryExhibit.Web.Settings;

/// <summary>Staff-facing names of the settings, for validation messages and the record of changes.</summary>
public static class SettingLabels
{
    private const string T = TextGenerationOptions.Section + ":";
    private const string I = ImageOptions.Section + ":";
    private const string E = ExhibitOptions.Section + ":";
    private const string S = SpeechOptions.Section + ":";
    private const string C = CostOptions.Section + ":";
    private const string P = PrivacyOptions.Section + ":";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        [T + "Provider"] = "Storyteller provider",
        [T + "Temperature"] = "Creativity",
        [T + "SceneLength"] = "Scene length",
        [T + "OpenAICompatible:Endpoint"] = "Storyteller server URL",
        [T + "OpenAICompatible:Model"] = "Storyteller model",
        [T + "OpenAICompatible:ApiKey"] = "Storyteller API key",
        [T + "OpenAICompatible:Timeout"] = "Storyteller timeout",
        [T + "OpenAICompatible:MaxRetries"] = "Storyteller retries",
        [I + "Provider"] = "Illustrator provider",
        [I + "LiveProvider"] = "Live canvas painter",
        [I + "SdxlTurbo:Endpoint"] = "SDXL-Turbo server URL",
        [I + "SdxlTurbo:Timeout"] = "SDXL-Turbo timeout",
        [I + "SdxlTurbo:Steps"] = "SDXL-Turbo steps",
        [I + "OpenAI:Endpoint"] = "Picture service URL",
        [I + "OpenAI:Model"] = "Picture model",
        [I + "OpenAI:ApiKey"] = "Picture service API key",
        [I + "OpenAI:Timeout"] = "Picture service timeout",
        [I + "OpenAI:Size"] = "Picture size",
        [E + "Features:Branching"] = "Branching",
        [E + "Features:CustomChoices"] = "Visitors' own choices",
        [E + "Features:Illustrations"] = "Illustrations",
        [E + "Features:Feedback"] = "Feedback",
        [E + "Features:CameraStart"] = "Camera start",
        [E + "Content:RatingCeiling"] = "Content rating ceiling",
        [E + "Content:Audiences"] = "Audiences",
        [E + "VisitorLimits:StoriesPerHour"] = "Stories per visitor per hour",
        [E + "VisitorLimits:ScenesPerMinute"] = "Scenes per visitor per minute",
        [E + "Kiosk:WholeExhibit"] = "Every screen is a kiosk",
        [E + "Kiosk:IdleSeconds"] = "Kiosk idle time",
        [S + "Enabled"] = "Speech",
        [S + "Provider"] = "Provider",
        [S + "Endpoint"] = "Server URL",
        [S + "ApiKey"] = "API key",
        [S + "Voice"] = "Voice",
        [S + "Speed"] = "Speed",
        [S + "Pitch"] = "Pitch",
        [S + "AutoPlayLastScene"] = "Auto-play the last scene",
        [S + "RealTimeNarration"] = "Real-time narration",
        [S + "MinSentenceLength"] = "Minimum sentence length",
        [S + "MaxSentenceLength"] = "Maximum sentence length",
        [S + "MaxParallel"] = "Sentences at once",
        [S + "ResponseFormat"] = "Audio format",
        [C + "Currency"] = "Currency",
        [C + "DailyBudget"] = "Daily budget",
        [C + "ServiceBudgets"] = "Service budgets",
        [C + "ServiceBudgets:Text"] = "Story text budget",
        [C + "ServiceBudgets:Images"] = "Pictures budget",
        [C + "ServiceBudgets:Speech"] = "Speech budget (narration and speech input)",
        [C + "Prices"] = "Prices",
        [C + "Prices:TextPerMillionInputTokens"] = "Text price (million tokens in)",
        [C + "Prices:TextPerMillionOutputTokens"] = "Text price (million tokens out)",
        [C + "Prices:ImagePerPicture"] = "Picture price",
        [C + "Prices:SdxlTurboPerPicture"] = "SDXL-Turbo picture price",
        [C + "Prices:SpeechPerMillionCharacters"] = "Speech price (million characters)",
        [P + "RetentionDays"] = "Retention period",
        [P + "PolicyVersion"] = "Privacy policy version",
        ["Music:Enabled"] = "Music on story pages",
        ["Music:DefaultTheme"] = "Default music theme",
        ["Music:Provider"] = "Who makes the music",
    };

    public static string For(string key)
    {
        if (Labels.TryGetValue(key, out var label)) return label;
        if (key.StartsWith(E + "Content:Audiences:", StringComparison.OrdinalIgnoreCase)) return "Audiences";
        // Exhibit:Moderation:Gentle:Violence reads "Moderation: Violence in Gentle".
        if (key.StartsWith(E + "Moderation:", StringComparison.OrdinalIgnoreCase) && key.Split(':') is [_, _, var group, var category])
            return $"Moderation: {category} in {group}";
        return key[(key.LastIndexOf(':') + 1)..];
    }
}
