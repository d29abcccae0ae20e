using System.Text;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Offline;

/// <summary>
/// Writes one scene as a pure function of the brief: the world comes from the seed, the story so far
/// from replaying the path, and every random pick from generators seeded by those.
/// </summary>
internal sealed class SceneComposer
{
    private readonly StoryBrief _brief;
    private readonly StoryWorld _world;
    private readonly IReadOnlyList<PathStep> _steps;
    private readonly ArcStage _stage;
    private readonly AudienceVoice _voice;
    private readonly StoryRandom _rng;
    private readonly SentenceDeck _deck;
    private readonly Dictionary<string, string> _slots;
    private readonly List<List<string>> _paragraphs = [];

    private SceneComposer(StoryBrief brief)
    {
        _brief = brief;
        _world = WorldBuilder.Build(brief.Seed);
        _steps = PathReplayer.Replay(brief.Path);
        _stage = ArcPlanner.StageOf(brief);
        _voice = new AudienceVoice(brief.Seed.Audience, ProperNames(_world));
        _rng = StoryRandom.From(_world.StorySeedHash, brief.SceneNumber, brief.Variant, string.Join("\n", brief.Path));
        var length = Math.Max(brief.Seed.Length, brief.SceneNumber);
        _deck = new SentenceDeck(_world.StorySeedHash, brief.Variant * length + brief.SceneNumber - 1, _rng);
        _slots = Slots();
    }

    public static string Compose(StoryBrief brief) => new SceneComposer(brief).Write();

    private PathStep? LastStep => _steps.Count > 0 ? _steps[^1] : null;

    private string Write()
    {
        if (_stage == ArcStage.Opening || (_brief.SceneNumber <= 1 && _stage == ArcStage.Resolution)) WriteOpening();
        else WriteConsequence();

        switch (_stage)
        {
            case ArcStage.Rising: WriteRising(); break;
            case ArcStage.Climax: WriteClimax(); break;
            case ArcStage.Resolution: WriteResolution(); break;
        }

        var text = new StringBuilder();
        foreach (var paragraph in _paragraphs.Where(p => p.Count > 0))
            text.Append(string.Join(' ', _voice.Weave(paragraph, _rng))).Append("\n\n");

        if (_stage == ArcStage.Resolution) text.Append(SceneFormat.EndMarker);
        else
        {
            text.Append(SceneFormat.ChoicesHeading).Append('\n');
            var choices = ChoiceMaker.Make(_world, _steps, _brief.SceneNumber, _stage, _voice, _rng);
            for (var i = 0; i < choices.Count; i++) text.Append($"{i + 1}. {choices[i]}\n");
        }
        return text.ToString().TrimEnd() + "\n";
    }

    private void WriteOpening()
    {
        var window = _brief.Variant;
        Paragraph();
        Add("open.setting", OpeningTemplates.Setting, window: window);
        Add("sense", TextureTemplates.Sense, reserve: 2);
        Add("open.hero", OpeningTemplates.Hero, window: window);
        Paragraph();
        Add("open.companion", OpeningTemplates.Companion, window: window);
        Add("open.object", OpeningTemplates.Object, window: window);
        Add("open.premise", OpeningTemplates.Premise, window: window, visitorText: true);
        Add("open.goal", OpeningTemplates.Goal, window: window);
        if (_stage == ArcStage.Opening)
        {
            Paragraph();
            Add("open.obstacle", OpeningTemplates.Obstacle, window: window);
            Fill();
            Add("open.lead", OpeningTemplates.Lead, window: window);
        }
    }

    private void WriteConsequence()
    {
        var step = LastStep;
        Paragraph();
        if (step is not null)
        {
            var quoted = step.IsFreeText && !StartsWithAction(step.Text);
            if (quoted) _slots["choice"] = step.Text;
            Add(quoted ? "carry.free" : "carry", quoted ? ChoiceTemplates.CarryFree : ChoiceTemplates.Carry, reserve: 2, visitorText: true);
            var consequences = ChoiceTemplates.Consequences(step.Kind);
            var count = _stage == ArcStage.Resolution ? 1 : 2;
            for (var i = 0; i < count; i++)
                Add("consequence." + step.Kind, consequences, perScene: count, window: step.Occurrence + _brief.Variant, reserve: 3);
        }
        Add("arrive", TextureTemplates.Arrive, reserve: 2);
        if (_steps.Count >= 2)
        {
            var earlier = _rng.Next(_steps.Count - 1);
            _slots["memory"] = TextureTemplates.MemoryOf(_steps[earlier], _world, earlier + 2);
            Add("memory", TextureTemplates.Memory);
        }
    }

    private void WriteRising()
    {
        Paragraph();
        Add("discovery", MiddleTemplates.Discovery, reserve: 3);
        Add("keyline", TextureTemplates.KeyLine);
        Add(_brief.Seed.Rating == ContentRating.Thrilling ? "peril" : "hurdle",
            _brief.Seed.Rating == ContentRating.Thrilling ? MiddleTemplates.Peril : MiddleTemplates.Hurdle, reserve: 2);
        Fill();
        Paragraph();
        Add("lead", MiddleTemplates.Lead, reserve: 3);
    }

    private void WriteClimax()
    {
        var window = _brief.Variant;
        Paragraph();
        for (var i = 0; i < 2; i++) Add("climax.face", MiddleTemplates.ClimaxFace, perScene: 2, window: window, reserve: 3);
        if (_brief.Seed.Rating == ContentRating.Thrilling) Add("peril", MiddleTemplates.Peril, reserve: 2);
        Add("climax.object", MiddleTemplates.ClimaxObject, window: window, reserve: 2);
        Add("climax.trait", MiddleTemplates.ClimaxTrait, window: window, reserve: 2);
        Fill();
        Paragraph();
        Add("climax.lead", MiddleTemplates.ClimaxLead, window: window);
    }

    private void WriteResolution()
    {
        var window = _brief.Variant;
        Paragraph();
        for (var i = 0; i < 3; i++) Add("ending", EndingTemplates.Body(_world.Ending), perScene: 3, window: window);
        Fill();
        Paragraph();
        Add("closing", EndingTemplates.Closing(_world.Ending), window: window);
    }

    /// <summary>Adds texture until the scene is long enough for its audience.</summary>
    private void Fill()
    {
        var target = _brief.SceneWords ?? SceneLengths.WordsFor(_brief.Seed.Audience, SceneLength.Standard);
        var sources = new (string Name, string[] Templates)[]
        {
            ("companion", TextureTemplates.CompanionLine), ("sense", TextureTemplates.Sense),
            ("feeling", TextureTemplates.Feeling), ("keyline", TextureTemplates.KeyLine), ("moment", TextureTemplates.Moment),
        };
        // Same perScene/reserve as everywhere else these categories are drawn, or windows would overlap.
        var start = _rng.Next(sources.Length);
        for (var i = 0; i < sources.Length * 2 && WordCount() < target; i++)
        {
            var (name, templates) = sources[(start + i) % sources.Length];
            if (name == "keyline" && _stage == ArcStage.Resolution) continue;
            if (name is "companion" or "moment") Add(name, templates, perScene: 2, reserve: 2);
            else if (name == "keyline") Add(name, templates);
            else Add(name, templates, reserve: 2);
        }
    }

    private int WordCount() => _paragraphs.Sum(p => p.Sum(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));

    private void Paragraph() => _paragraphs.Add([]);

    private void Add(string category, IReadOnlyList<string> templates, int perScene = 1, int? window = null, int reserve = 0,
        bool visitorText = false)
    {
        var template = _deck.Draw(category, templates, perScene, window, reserve);
        if (template is null) return;
        RotateDetails();
        var sentence = Template.Render(template, _slots, _voice, _rng);
        // Visitor words are theirs to choose; everything the storyteller adds must respect the rating.
        if (_brief.Seed.Rating == ContentRating.Gentle && !visitorText && !ContentGuard.IsGentle(sentence)) return;
        _paragraphs[^1].Add(sentence);
    }

    private int _detail;

    /// <summary>Each sentence gets the next sight, sound and smell, so one scene does not repeat a detail.</summary>
    private void RotateDetails()
    {
        var kit = _world.Kit;
        var offset = (int)(StoryRandom.Hash(_brief.SceneNumber, _brief.Variant, _steps.Count > 0 ? _steps[^1].Text : "") % 97);
        _slots["sight"] = kit.Sights[(offset + _detail) % kit.Sights.Length];
        _slots["sound"] = kit.Sounds[(offset + _detail) % kit.Sounds.Length];
        _slots["smell"] = kit.Smells[(offset + _detail) % kit.Smells.Length];
        _detail++;
    }

    private static bool StartsWithAction(string text)
    {
        var first = PromptReader.Words(text).FirstOrDefault();
        return first is not null && PathReplayer.IsActionVerb(first);
    }

    private Dictionary<string, string> Slots()
    {
        var w = _world;
        var kind = LastStep?.Kind ?? ChoiceKind.Explore;
        return new Dictionary<string, string>
        {
            ["hero"] = w.Hero, ["they"] = w.HeroPronouns.Subject, ["them"] = w.HeroPronouns.Object,
            ["their"] = w.HeroPronouns.Possessive, ["trait"] = w.Trait.Word, ["deed"] = w.Trait.Deed,
            ["companion"] = w.Companion, ["companionKind"] = w.CompanionKind, ["stranger"] = w.Stranger,
            ["place"] = w.Place, ["object"] = w.Object, ["gift"] = w.ObjectGift, ["foe"] = w.Foe,
            ["motif"] = w.Motif, ["premise"] = w.Premise, ["key"] = w.Key, ["goal"] = w.Goal,
            ["landmark"] = w.LandmarkFor(_brief.SceneNumber, kind),
            ["sight"] = _rng.Pick(w.Kit.Sights), ["sound"] = _rng.Pick(w.Kit.Sounds), ["smell"] = _rng.Pick(w.Kit.Smells),
            ["choice"] = LastStep is { } s ? ChoiceClause(s) : "", ["memory"] = "",
        };
    }

    private string ChoiceClause(PathStep step)
    {
        var text = step.Text;
        foreach (var prefix in new[] { "let's ", "let’s ", "let us ", "i want to ", "we should ", "i will ", "i'd like to ", "maybe " })
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) text = text[prefix.Length..];
        return PromptReader.LowerFirst(PromptReader.ToThirdPerson(text, _world.HeroPronouns));
    }

    private static HashSet<string> ProperNames(StoryWorld w)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in new[] { w.Hero, w.Companion, w.Stranger, w.Place })
            if (phrase.Length > 0 && char.IsUpper(phrase[0])) names.Add(phrase.Split(' ')[0]);
        return names;
    }
}
