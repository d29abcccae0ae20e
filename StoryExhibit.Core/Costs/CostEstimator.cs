using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Speech;

namespace StoryExhibit.Core.Costs;

/// <summary>An estimate to show staff before they start something: the amount, and the same in words ("about $1.73").</summary>
public sealed record CostEstimate(decimal Amount, string Currency)
{
    public bool Free => Amount == 0;
    public string Text => Free ? "free" : "about " + Money.Format(Amount, Currency);
    public override string ToString() => Text;
}

/// <summary>
/// What things cost before they are done, by the price settings now in effect: a scene and a story with a text
/// provider, a picture, a live canvas for an hour, the narration of a scene. Each takes the provider explicitly
/// (a settings page can price a candidate) or uses the one configured now.
/// </summary>
public sealed class CostEstimator(
    IOptionsMonitor<CostOptions> costs, IOptionsMonitor<TextGenerationOptions> text, IOptionsMonitor<ImageOptions> images, IOptionsMonitor<SpeechOptions> speech)
{
    /// <summary>The story prompt without earlier scenes (instructions, seed, path so far), in tokens.</summary>
    public const int ScenePromptTokens = 700;
    /// <summary>A scene of about 250 words with its choices, in tokens, when no length limit is set.</summary>
    public const int SceneOutputTokens = 400;

    /// <summary>One scene, the last of a story of <paramref name="sceneNumber"/> scenes (its prompt carries the earlier scenes).</summary>
    public CostEstimate Scene(string textProvider, int? maxOutputTokens = null, int sceneNumber = 1)
    {
        var output = Math.Min(maxOutputTokens ?? SceneOutputTokens, SceneOutputTokens);
        var input = ScenePromptTokens + (sceneNumber - 1) * output;
        return Estimate(Prices.Text(costs.CurrentValue.Prices, textProvider, input, output));
    }

    /// <summary>The text of a whole story of <paramref name="scenes"/> scenes.</summary>
    public CostEstimate Story(string textProvider, int scenes, int? maxOutputTokens = null) =>
        Estimate(Enumerable.Range(1, Math.Max(0, scenes)).Sum(n => Scene(textProvider, maxOutputTokens, n).Amount));

    public CostEstimate Picture(string imageProvider) => Estimate(Prices.Picture(costs.CurrentValue.Prices, imageProvider));

    /// <summary>A live canvas painting <paramref name="framesPerSecond"/> frames a second for an hour.</summary>
    public CostEstimate LiveCanvasHour(string imageProvider, double framesPerSecond) =>
        Estimate(Prices.Picture(costs.CurrentValue.Prices, imageProvider) * (decimal)(Math.Max(0, framesPerSecond) * 3600));

    /// <summary>Reading one scene aloud (about four characters a token).</summary>
    public CostEstimate Narration(string speechProvider, int? maxOutputTokens = null) =>
        Estimate(Prices.Speech(costs.CurrentValue.Prices, speechProvider, Math.Min(maxOutputTokens ?? SceneOutputTokens, SceneOutputTokens) * 4L));

    /// <summary>A whole story of <paramref name="scenes"/> scenes with the providers configured now: text, a picture and narration per scene.</summary>
    public CostEstimate StoryNow(int scenes)
    {
        var maxOutput = MaxOutputTokensNow;
        var each = Picture(ImageProviderNow).Amount + Narration(SpeechProviderNow, maxOutput).Amount;
        return Estimate(Story(TextProviderNow, scenes, maxOutput).Amount + each * Math.Max(0, scenes));
    }

    public CostEstimate SceneNow() => Scene(TextProviderNow, MaxOutputTokensNow);
    public CostEstimate PictureNow() => Picture(ImageProviderNow);
    public CostEstimate NarrationNow() => Narration(SpeechProviderNow, MaxOutputTokensNow);
    public CostEstimate LiveCanvasHourNow(double framesPerSecond) => LiveCanvasHour(LiveProviderNow, framesPerSecond);

    public string TextProviderNow => text.CurrentValue.Provider.ToString();
    public string ImageProviderNow => images.CurrentValue.Provider.ToString();
    public string SpeechProviderNow => speech.CurrentValue.Enabled ? speech.CurrentValue.Provider.ToString() : SpeechProvider.Browser.ToString();

    /// <summary>What feeds live canvases: the live provider, or the scene provider when it can stream.</summary>
    public string LiveProviderNow
    {
        get
        {
            var o = images.CurrentValue;
            return (o.LiveProvider ?? (o.Provider == ImageProvider.SdxlTurbo ? ImageProvider.SdxlTurbo : ImageProvider.Offline)).ToString();
        }
    }

    private int? MaxOutputTokensNow => text.CurrentValue.Provider == TextProvider.OpenAICompatible ? text.CurrentValue.OpenAICompatible?.MaxOutputTokens : null;

    private CostEstimate Estimate(decimal amount) => new(amount, costs.CurrentValue.Currency);
}
