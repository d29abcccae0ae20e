using Microsoft.Extensions.Options;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Speech;

namespace StoryExhibit.Tests.Core.Costs;

public sealed class PricesTests
{
    private static readonly PriceList List = new()
    {
        TextPerMillionInputTokens = 0.15m, TextPerMillionOutputTokens = 0.60m, ImagePerPicture = 0.04m, SdxlTurboPerPicture = 0.002m, SpeechPerMillionCharacters = 15m,
    };

    [Fact]
    public void Text_is_priced_per_million_input_and_output_tokens()
    {
        Assert.Equal(0.75m, Prices.Text(List, "OpenAICompatible", 1_000_000, 1_000_000));
        Assert.Equal(0.000135m, Prices.Text(List, "OpenAICompatible", 100, 200));
        Assert.Equal(0m, Prices.Text(List, "Offline", 1_000_000, 1_000_000));
    }

    [Fact]
    public void Pictures_cost_by_provider_and_sdxl_turbo_has_its_own_price()
    {
        Assert.Equal(0.04m, Prices.Picture(List, "OpenAI"));
        Assert.Equal(0.002m, Prices.Picture(List, "SdxlTurbo"));
        Assert.Equal(0m, Prices.Picture(List, "Offline"));
    }

    [Fact]
    public void Speech_is_priced_per_character_and_local_voices_are_free()
    {
        Assert.Equal(0.0015m, Prices.Speech(List, "OpenAI", 100));
        Assert.Equal(0m, Prices.Speech(List, "Espeak", 100));
        Assert.Equal(0m, Prices.Speech(List, "Browser", 100));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    [InlineData(400, 100)]
    public void Tokens_are_estimated_at_four_characters_each(long characters, long tokens) => Assert.Equal(tokens, Prices.EstimateTokens(characters));

    [Theory]
    [InlineData("1.7280", "USD", "$1.73")]
    [InlineData("28.8", "EUR", "€28.80")]
    [InlineData("0.0351", "GBP", "£0.035")]
    [InlineData("0.00042", "USD", "$0.0004")]
    [InlineData("0.00001", "USD", "less than $0.0001")]
    [InlineData("0", "USD", "$0.00")]
    [InlineData("1234.5", "CHF", "1,234.50 CHF")]
    public void Amounts_read_naturally(string amount, string currency, string expected) =>
        Assert.Equal(expected, Money.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency));

    [Fact]
    public void Estimates_follow_the_providers_and_prices()
    {
        var estimator = Estimator(new ImageOptions { Provider = ImageProvider.OpenAI, LiveProvider = ImageProvider.SdxlTurbo });

        Assert.Equal(0.002m * 4 * 3600, estimator.LiveCanvasHour("SdxlTurbo", 4).Amount);
        Assert.Equal("about $28.80", estimator.LiveCanvasHourNow(4).Text);
        Assert.Equal("free", estimator.LiveCanvasHour("Offline", 4).Text);
        Assert.Equal(0.04m, estimator.PictureNow().Amount);

        // Each later scene's prompt carries the earlier scenes, so a story costs more than scenes × the first scene.
        var first = estimator.Scene("OpenAICompatible").Amount;
        var story = estimator.Story("OpenAICompatible", 6).Amount;
        Assert.Equal((700 * 0.15m + 400 * 0.60m) / 1_000_000m, first);
        Assert.True(story > 6 * first);
        Assert.Equal(Enumerable.Range(1, 6).Sum(n => ((700 + (n - 1) * 400) * 0.15m + 400 * 0.60m) / 1_000_000m), story);
        Assert.Equal(0m, estimator.SceneNow().Amount); // the offline storyteller is configured

        // A whole story now: free text, an OpenAI picture per scene and espeak-ng narration.
        Assert.Equal(6 * 0.04m, estimator.StoryNow(6).Amount);
    }

    private static CostEstimator Estimator(ImageOptions images) => new(
        new ChangingCostOptions(new CostOptions { Prices = List }),
        new Monitor<TextGenerationOptions>(new TextGenerationOptions()),
        new Monitor<ImageOptions>(images),
        new Monitor<SpeechOptions>(new SpeechOptions()));

    private sealed class Monitor<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;
        public T Get(string? name) => value;
        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
