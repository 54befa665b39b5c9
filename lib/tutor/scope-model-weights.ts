/**
 * Fitted by lib/tutor/eval/fit-scope-model.mjs on 932 labelled questions the rules leave open
 * (of 1622 in 28 question sets). Do not edit by hand: refit instead.
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
    0.749526, 0.590236, 1.847639, 0.494635, 1.771921, 1.055794, 0.335837, 4.380923, 1.013781, 0.096567,
    0.150215,
  ],
  sd: [
    0.294631, 0.408124, 1.59343, 0.81626, 0.46428, 1.2182, 0.626561, 1.169849, 0.759198, 0.295367, 0.486921,
  ],
  weights: [
    1.206327, 0.824882, 0.029285, -0.591188, -0.172727, -0.846431, 0.818462, 2.693249, 0.433755, 0.664219,
    -0.203512,
  ],
  bias: 0.77306,
};
