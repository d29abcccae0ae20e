namespace StoryExhibit.Core.Costs;

/// <summary>
/// What one call costs by <see cref="PriceList"/>. Offline providers (the offline storyteller and illustrator,
/// espeak-ng, Festival, the visitor's browser) cost nothing; every other provider is priced per unit.
/// </summary>
public static class Prices
{
    /// <summary>Provider names (as the settings call them) that run on this machine or the visitor's device.</summary>
    public static bool IsFree(string provider) =>
        provider.Equals("Offline", StringComparison.OrdinalIgnoreCase)
        || provider.Equals("Espeak", StringComparison.OrdinalIgnoreCase)
        || provider.Equals("Festival", StringComparison.OrdinalIgnoreCase)
        || provider.Equals("Pocketsphinx", StringComparison.OrdinalIgnoreCase)
        || provider.Equals("Browser", StringComparison.OrdinalIgnoreCase);

    public static decimal Text(PriceList prices, string provider, long inputTokens, long outputTokens) => IsFree(provider)
        ? 0m
        : (inputTokens * prices.TextPerMillionInputTokens + outputTokens * prices.TextPerMillionOutputTokens) / 1_000_000m;

    /// <summary>SDXL-Turbo has its own (much lower) price per picture; every other paid image provider costs <see cref="PriceList.ImagePerPicture"/>.</summary>
    public static decimal Picture(PriceList prices, string provider) => IsFree(provider) ? 0m
        : provider.Equals("SdxlTurbo", StringComparison.OrdinalIgnoreCase) ? prices.SdxlTurboPerPicture
        : prices.ImagePerPicture;

    public static decimal Speech(PriceList prices, string provider, long characters) =>
        IsFree(provider) ? 0m : characters * prices.SpeechPerMillionCharacters / 1_000_000m;

    /// <summary>Speech input (press to talk), billed by the minute of audio as transcription services do.</summary>
    public static decimal SpeechInput(PriceList prices, string provider, double seconds) =>
        IsFree(provider) ? 0m : (decimal)Math.Max(0, seconds) / 60m * prices.SpeechInputPerMinute;

    /// <summary>Tokens in a text when the provider does not say: about four characters a token in English.</summary>
    public static long EstimateTokens(long characters) => characters <= 0 ? 0 : (characters + 3) / 4;
}
