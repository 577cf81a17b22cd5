import type { ExerciseCardInput } from '../card.js';

export const card = {
  id: 'psychological-safety',
  kind: 'rating',
  title: 'Psykologisk tryghed – vigtige pejlemærker',
  purpose:
    'Psykologisk tryghed betyder, at den enkelte kan sige sin mening uden at risikere at blive holdt udenfor eller få andre alvorlige konsekvenser. At kunne udtrykke sig frit hænger tæt sammen med trivsel, og risikoen for stress stiger markant, når man oplever sig begrænset i at give udtryk for sine holdninger, erfaringer og perspektiver. Kilden henviser til forskning, der viser, at graden af tillid og psykologisk tryghed er det, der adskiller de bedste teams fra resten; trygheden hænger altså sammen med opgaveløsningen og med muligheden for at lykkes sammen og hver for sig. Øvelsen lader gruppen vurdere sig selv på kildens tolv pejlemærker og vælge, hvad den vil øve sig på.',
  instructions: [
    'Forklar begrebet med det første trin (ca. 5 minutter). Læg vægt på, at topledelsen og den øvrige ledelse skal skabe rammerne og opfordre til åben dialog, men at tryghed også kræver, at kollegerne er opmærksomme på at inkludere hinanden i sprog og adfærd.',
    'Bed hver deltager vurdere, i hvilken grad hvert af de tolv pejlemærker passer på gruppen i dag (ca. 8 minutter). Vurderingerne er anonyme i rummet, og noten kan bruges til et eksempel. Kilden giver pejlemærkerne som spørgsmål uden skala; kortet bruger fire trin fra „Slet ikke“ til „I høj grad“.',
    'Vis fordelingen. Tal først om de pejlemærker, hvor I står stærkt, og derefter om dem, der ligger lavt eller spreder sig mest (ca. 15 minutter). Stor spredning kan betyde, at nogle oplever mindre tryghed end andre – tal om det uden at lede efter, hvem der har svaret hvad.',
    'Husk, at det kræver mod at sige noget svært, også i denne øvelse. Tak for bidragene, også de kritiske, og vis selv, hvordan man lytter uden at dømme.',
    'Luk med at vælge et eller to pejlemærker, gruppen vil øve sig på frem til næste møde – kilden peger på at øve sig i de svære samtaler efter princippet „øvelse gør mester“ – og aftal, hvordan og hvornår I følger op.',
  ],
  projectorText:
    'Kan vi sige vores mening – også når det er svært – uden at frygte konsekvenserne? Vurdér gruppen på de tolv pejlemærker.',
  prompts: [
    'I hvilken grad passer hvert pejlemærke på vores gruppe i dag?',
    'Hvilket pejlemærke vil vi øve os på først?',
  ],
  minutes: 35,
  iglo: ['individ', 'gruppe'],
  phases: ['seminar', 'activity', 'wrapup'],
  themes: ['samarbejde-kultur-mobning'],
  materials: [],
  source: {
    document: 'bfa-industri-stress',
    section: 'Skabe rammer for psykologisk tryghed – Psykologisk tryghed: Vigtige pejlemærker',
  },
  steps: [
    {
      id: 'hvad-er-det',
      kind: 'slide',
      title: 'Hvad er psykologisk tryghed?',
      blocks: [
        {
          type: 'paragraph',
          text: 'Psykologisk tryghed er et miljø, hvor den enkelte kan sige sin mening uden risiko for at blive holdt udenfor eller få andre alvorlige konsekvenser. Ledelsen skaber rammerne og opfordrer til åben dialog – men kollegerne skal også inkludere hinanden gennem det, de siger og gør.',
        },
        {
          type: 'bullets',
          items: [
            'Jeg opfordrer min kollega til at sige til, når han eller hun synes, noget er vigtigt.',
            'Jeg gør mig umage med at lytte.',
            'Jeg byder ind med mit eget perspektiv uden at dømme den anden ude, så der er plads til flere perspektiver på samme tid.',
          ],
        },
        {
          type: 'paragraph',
          text: 'Det kan kræve mod at byde ind – med holdninger og kritik, men også med usikkerhed og behov for hjælp. Når vi er sårbare, er det særlig vigtigt, at vi både tør bede om hjælp og tror på, at den er der. Tryghed kræver, at alle spiller med, giver det en chance, viser mod, også når det er svært, og gør sig umage med at rumme og imødekomme hinanden.',
        },
      ],
    },
    {
      id: 'pejlemaerker',
      kind: 'rating',
      title: 'Vigtige pejlemærker',
      prompt: 'I hvilken grad passer pejlemærket på vores gruppe i dag? Skriv gerne et eksempel i noten.',
      items: [
        {
          id: 'miste-jobbet',
          label: 'Kan vi sige noget om vigtige emner uden at risikere vores job?',
        },
        {
          id: 'blive-holdt-udenfor',
          label:
            'Kan vi sige noget om vigtige emner uden at risikere at blive holdt udenfor af kollegerne eller teamet?',
        },
        { id: 'lytte', label: 'Er vi opmærksomme på at lytte til hinanden?' },
        { id: 'ikke-doemme', label: 'Er vi opmærksomme på ikke at dømme hinanden?' },
        { id: 'perspektiver', label: 'Inviterer vi forskellige perspektiver ind i samtalen?' },
        { id: 'uenighed', label: 'Giver vi plads til uenighed – og hvad gør vi med den?' },
        {
          id: 'konstruktivt',
          label:
            'Gør vi os umage med at sige tingene konstruktivt, også når det gælder kritik eller konfliktfyldte emner, så andre bedre kan lytte?',
        },
        {
          id: 'bolden',
          label: 'Går vi efter bolden, når vi kommer med kritik?',
          help: 'Altså efter sagen og ikke efter personen.',
        },
        { id: 'tak-for-feedback', label: 'Siger vi tak for feedback?' },
        {
          id: 'mod',
          label:
            'Viser vi hver især mod og byder ind med egne tanker og overvejelser, også når det føles svært?',
        },
        {
          id: 'oeve-svaere-samtaler',
          label: 'Giver vi plads til at øve os i de svære samtaler efter princippet „øvelse gør mester“?',
        },
        { id: 'forskelligheder', label: 'Bruger vi vores forskelligheder som en styrke?' },
      ],
      scale: [
        { value: 1, label: 'Slet ikke' },
        { value: 2, label: 'I ringe grad' },
        { value: 3, label: 'I nogen grad' },
        { value: 4, label: 'I høj grad' },
      ],
      notes: true,
    },
  ],
} satisfies ExerciseCardInput;
