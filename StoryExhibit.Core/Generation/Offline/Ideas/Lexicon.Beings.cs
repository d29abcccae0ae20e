namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>People, animals and machines a visitor's idea may be about, and the given names the reader can gender.</summary>
internal static partial class Lexicon
{
    private const string FemaleNouns =
        "daughter girl queen princess witch mother grandmother sister aunt niece woman lady wife bride mermaid goddess " +
        "duchess empress heroine actress waitress nun sorceress enchantress maiden granddaughter stepmother stepsister " +
        "godmother mom mum mommy mummy grandma granny nana widow hen mare vixen lioness tigress ewe doe ballerina " +
        "countess baroness priestess schoolgirl cowgirl matriarch girlfriend housewife landlady stewardess";

    private const string MaleNouns =
        "son boy king prince wizard father grandfather brother uncle nephew man gentleman husband groom merman god duke " +
        "emperor monk sorcerer lord dad daddy grandpa grandad granddad stepfather stepbrother rooster stallion bull ram " +
        "stag boar count baron priest schoolboy cowboy fisherman warlock sultan boyfriend landlord steward policeman " +
        "fireman postman snowman";

    private const string MachineNouns =
        "robot android droid machine computer ai drone automaton golem spaceship starship rocket car truck train " +
        "submarine toaster clock tractor bulldozer scarecrow puppet toy doll teddy statue";

    private const string PersonNouns =
        "engineer pilot captain detective knight pirate farmer baker teacher student child kid scientist explorer " +
        "astronaut sailor soldier thief doctor nurse keeper ranger hunter fisher inventor ghost spirit giant troll ogre " +
        "elf dwarf gnome goblin orphan stranger friend traveler traveller merchant musician painter artist poet writer " +
        "author librarian archaeologist professor chef cook gardener shepherd miner blacksmith smith carpenter tailor " +
        "guard spy agent hacker mechanic cadet warrior hero villain monster vampire werewolf zombie mummy alien clown " +
        "magician juggler acrobat baby toddler teenager teen person human apprentice squire healer shaman druid oracle " +
        "prophet seer alchemist scholar admiral commander officer sheriff outlaw bandit mayor judge lawyer journalist " +
        "reporter photographer dancer singer pupil classmate neighbour neighbor twin cousin parent grandparent sibling " +
        "poltergeist phantom spectre specter ninja samurai viking gladiator centaur cyclops minotaur titan yeti unicorn " +
        "griffin gryphon phoenix pegasus sphinx kraken sprite pixie imp demon angel fairy faerie nymph dryad genie " +
        "jester minstrel bard peasant servant maid butler nanny tutor boss chief leader ruler tyrant emperor guardian " +
        "ferryman courier messenger postmaster gamekeeper lumberjack woodcutter fisherfolk crew crewmate navigator " +
        "stowaway castaway survivor refugee runaway kid hermit nomad wanderer pilgrim adventurer mercenary assassin " +
        "detective inspector constable investigator sleuth scientist researcher botanist astronomer geologist " +
        "veterinarian vet dentist surgeon pharmacist programmer coder gamer youtuber influencer athlete footballer " +
        "skater surfer climber diver swimmer runner rider jockey archer swordsman swordswoman clockmaker toymaker " +
        "beekeeper shopkeeper innkeeper housekeeper zookeeper timekeeper storyteller dreamer believer watchman " +
        "witchdoctor cosmonaut colonist settler pioneer ambassador diplomat senator president princeling villager " +
        "townsfolk islander sailorman mermaid siren selkie banshee wraith skeleton lich necromancer mage enchanter " +
        "summoner paladin ranger rogue barbarian cleric monk chimera hydra leprechaun brownie hobbit halfling orc";

    private const string AnimalNouns =
        "fox cat dog mouse owl bear wolf rabbit bunny hedgehog squirrel badger otter deer horse pony donkey goat sheep " +
        "lamb pig cow duck goose swan crow raven robin sparrow eagle hawk falcon parrot penguin seal whale dolphin " +
        "shark octopus crab turtle tortoise frog toad snake lizard dragon dinosaur elephant giraffe lion tiger leopard " +
        "cheetah monkey gorilla panda koala kangaroo zebra hippo rhino camel llama sloth bat beetle ant bee butterfly " +
        "moth spider snail worm fish goldfish kitten puppy cub chick hamster mole raccoon skunk moose elk reindeer yak " +
        "ferret weasel platypus jellyfish starfish seahorse firefly ladybug ladybird caterpillar dragonfly bird kitty " +
        "hound wyvern salamander chameleon gecko crocodile alligator flamingo pelican hummingbird magpie pigeon seagull " +
        "gull puffin walrus narwhal orca lobster shrimp squid manatee beaver porcupine armadillo lemur meerkat hyena " +
        "jaguar panther cougar lynx ox buffalo bison mammoth tortoise kiwi ostrich peacock dodo t-rex dragonling wolfcub";

    private const string FemaleNames =
        "ada alice amara amelia anna ava bella belle briony clara daisy ella elena eliza elowen emily emma eva evie " +
        "fatima freya gemma grace hannah harriet hazel ida iris isabel isla ivy jade jane jasmine julia juno kate kira " +
        "lara layla lena lily lucy luna lyra mabel maya mia mila mina mira molly nadia nell nina nora nova olive olivia " +
        "penny pippa poppy priya rosa rose ruby sara sarah selene sofia sophie stella talia tess una vega wren zara zoe " +
        "agatha aisha alma anya astrid beatrice cleo dora edith esme fern fiona gwen heidi ines iona jo leah lottie " +
        "maisie margot marigold matilda meera nia ophelia petra rosalind saoirse tamsin thea ursula violet willow yara";

    private const string MaleNames =
        "adam alder alex ansel arthur ben caleb corin cyril daniel david diego eddie edric eli elliot ethan felix finn " +
        "frank george gus harry henry hugo isaac jack jacob james jasper joe jonah kai kofi leo leon liam luca lucas " +
        "marco max milo noah oliver omar orion oscar otto owen percy peter rafe ravi rowan ryan sam samuel silas simon " +
        "theo thomas tim tom tycho victor will william zed ziggy ali arlo barnaby bruno cormac dev edwin ezra gideon " +
        "hamish ivan jude kit lars leif lorcan magnus nico olaf perseus quentin rory rufus sebastian tane ulysses wilf";

    private static readonly string[] HeroTitles =
        ["captain", "doctor", "dr", "professor", "sir", "dame", "lady", "lord", "king", "queen", "princess", "prince",
         "detective", "inspector", "aunt", "uncle", "grandma", "grandpa", "granny", "mr", "mrs", "ms", "miss", "madam",
         "old", "little", "young", "brave", "commander", "admiral", "agent", "officer", "sergeant", "lieutenant",
         "general", "chief", "mayor", "saint", "master", "mistress", "señor", "señora"];
}
