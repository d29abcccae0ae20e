namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>Verbs in their base form, and the irregular ones' past tense and participle.</summary>
internal static partial class Lexicon
{
    private const string RegularVerbs =
        "accept add admire admit agree aim allow answer appear arrive ask attack avoid bake balance bark battle beg " +
        "behave believe belong blame bless blink boil borrow bounce bow breathe brush bump call calm camp care carry " +
        "change charge chase cheat check cheer chew chop clap clean clear climb close collect comb compete " +
        "complain confess connect consider continue control cook copy correct count cover crack crash crawl cross cry " +
        "cure dance dare decide defeat defend deliver deny describe deserve destroy die disappear discover dive divide " +
        "dodge drag dress drift drop drown dry earn echo enjoy enter escape examine excite exist expect explain explode " +
        "explore face fail fasten fetch fill film fix flash flip float flood flow fold follow fool force form free " +
        "frighten gather gaze glow grab greet grin guard guess guide hammer hand happen harm hatch hate haunt head heal " +
        "help hop hope hug hunt hurry identify ignore imagine improve include inform inspect invent invite join joke " +
        "judge jump kick kill kiss knock knit land last laugh launch learn lick lift like list listen live load lock " +
        "long look love manage march mark marry match matter measure melt mend miss mix move murmur name need nod note " +
        "notice obey offer open order own pack paddle paint park part pass pause peek peel perform phone pick place " +
        "plan plant play please point poke polish pour pray prefer prepare present press pretend prevent print promise " +
        "protect pull pump punch push question race rain raise reach realise realize receive record reduce refuse " +
        "relax release remain remember remind remove repair repeat reply report rescue rest retire return reveal rhyme " +
        "roar rob rock roll row rub rule rush sail save scare scream search serve settle share shave shelter shiver " +
        "shop shout sigh sign signal sketch ski skip slip smash smell smile sneak sniff snore solve sound spark spell " +
        "spill spot spray sprout squeak stamp stare start stay steer step stir stop store stretch study stuff succeed " +
        "suffer suggest supply support suppose surprise surround survive suspect swap switch talk tame taste tease " +
        "thank tickle tie time tip touch tour trace trade train transform trap travel treat tremble trick trip trot " +
        "trust try tug turn twist type unite unlock untie use vanish visit wait walk wander want warn wash watch wave " +
        "welcome whisper whistle wink wish wonder work worry wrap yawn yell zoom befriend uncover investigate rebuild " +
        "summon track decode translate hack pilot navigate crash-land orbit scan decipher unearth smuggle sabotage " +
        "chase bargain challenge convince tinker calculate research answer capture free tame rescue banish defeat " +
        "outsmart outwit trick heal wake climb tidy organise organize bury dig dream hike fish sketch paint restore " +
        "awaken encounter wait wake question interrogate accuse confront escape hurry return shelter";

    // base:past:participle (participle omitted when it equals the past).
    private const string IrregularVerbs =
        "arise:arose:arisen cast:cast awake:awoke:awoken be:was:been bear:bore:borne beat:beat:beaten become:became:become " +
        "begin:began:begun bend:bent behold:beheld bet:bet bind:bound bite:bit:bitten bleed:bled blow:blew:blown " +
        "break:broke:broken breed:bred bring:brought build:built burn:burned buy:bought catch:caught " +
        "choose:chose:chosen cling:clung come:came:come cost:cost creep:crept cut:cut deal:dealt dig:dug do:did:done " +
        "draw:drew:drawn drink:drank:drunk drive:drove:driven eat:ate:eaten fall:fell:fallen feed:fed feel:felt " +
        "fight:fought find:found flee:fled fling:flung fly:flew:flown forbid:forbade:forbidden forget:forgot:forgotten " +
        "forgive:forgave:forgiven freeze:froze:frozen get:got give:gave:given go:went:gone grind:ground grow:grew:grown " +
        "hang:hung have:had hear:heard hide:hid:hidden hit:hit hold:held hurt:hurt keep:kept kneel:knelt " +
        "know:knew:known lay:laid lead:led leap:leapt leave:left lend:lent let:let lie:lay:lain light:lit lose:lost " +
        "make:made mean:meant meet:met mistake:mistook:mistaken overcome:overcame:overcome overhear:overheard " +
        "pay:paid put:put quit:quit read:read ride:rode:ridden ring:rang:rung rise:rose:risen run:ran:run say:said " +
        "see:saw:seen seek:sought sell:sold send:sent set:set shake:shook:shaken shine:shone shoot:shot shrink:shrank:shrunk " +
        "shut:shut sing:sang:sung sink:sank:sunk sit:sat slay:slew:slain sleep:slept slide:slid speak:spoke:spoken " +
        "speed:sped spend:spent spin:spun spit:spat split:split spread:spread spring:sprang:sprung stand:stood " +
        "steal:stole:stolen stick:stuck sting:stung stride:strode:stridden strike:struck swear:swore:sworn " +
        "sweep:swept swim:swam:swum swing:swung take:took:taken teach:taught tear:tore:torn tell:told think:thought " +
        "throw:threw:thrown understand:understood undo:undid:undone wake:woke:woken wear:wore:worn weave:wove:woven " +
        "weep:wept win:won wind:wound withdraw:withdrew:withdrawn write:wrote:written sew:sewed:sewn show:showed:shown " +
        "outrun:outran:outrun overthrow:overthrew:overthrown mislead:misled foresee:foresaw:foreseen rebuild:rebuilt " +
        "stink:stank:stunk tread:trod:trodden forsake:forsook:forsaken befall:befell:befallen withstand:withstood " +
        "uphold:upheld undertake:undertook:undertaken";

    /// <summary>Verbs of wanting, needing and trying: what follows them is the hero's goal, not a deed done.</summary>
    private const string GoalVerbs =
        "want wish hope need long try dream plan decide vow promise yearn strive aim set_out intend mean attempt";

    /// <summary>Verbs whose double final consonant the spelling rules cannot tell ("admit" → "admitted").</summary>
    private const string DoublingVerbs =
        "admit commit control patrol regret prefer refer occur permit submit equip compel rebel upset forbid " +
        "unwrap kidnap begin forget omit transfer";

    public static IEnumerable<string> IrregularVerbList() => IrregularVerbs.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    public static IEnumerable<string> RegularVerbList() => RegularVerbs.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    public static HashSet<string> DoublingVerbList() => Set(DoublingVerbs);
}
