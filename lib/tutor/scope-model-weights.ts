/**
 * Fitted by eval/tutor/fit-scope-model.mjs on 1381 labelled questions the rules leave open
 * (of 2331 in 40 question sets). Do not edit by hand: refit instead.
 */
export const SCOPE_MODEL = {
  names: [
    'coverage',
    'focus',
    'topicEvidence',
    'programmingUnknown',
    'logContentWords',
    'unknownWords',
    'everydayUnknownWords',
    'logTopScore',
    'logTopRatio',
    'pastedCode',
    'numbers',
  ],
  mean: [
    0.742268, 0.569832, 1.923244, 0.534395, 1.817562, 1.146271, 0.341057, 4.404596, 0.980925, 0.104996,
    0.149891,
  ],
  sd: [
    0.290518, 0.374175, 1.623921, 0.84051, 0.451501, 1.260568, 0.633578, 1.158799, 0.745007, 0.306549,
    0.48285,
  ],
  weights: [
    1.175954, 0.837192, 0.109329, -0.523008, -0.071673, -0.798831, 0.742397, 2.719445, 0.368492, 0.511504,
    -0.188782,
  ],
  bias: 0.597226,
};
