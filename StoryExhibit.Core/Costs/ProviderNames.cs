namespace StoryExhibit.Core.Costs;

/// <summary>Provider names as staff read them ("SDXL-Turbo"), from the names the settings use ("SdxlTurbo").</summary>
public static class ProviderNames
{
    public static string Friendly(string provider) => provider switch
    {
        "Offline" => "offline",
        "Espeak" => "espeak-ng",
        "Festival" => "Festival",
        "SdxlTurbo" => "SDXL-Turbo",
        "OpenAICompatible" => "OpenAI-compatible server",
        "Browser" => "the visitor's browser",
        _ => provider,
    };
}
