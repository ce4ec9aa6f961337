// Metadata the offline demo serves for the papers the blog post cites (tests/fixtures/pages/blog/
// links-all-forms.html) and that no other demo page describes. Titles, authors, first-version dates
// and categories are those of the real papers; the abstracts are one-line stand-ins written for the
// demo (arXiv's own abstracts are not bundled). Ids the post cites only to exercise a URL form get a
// record named after their link text, so a hover shows what the demo knows and nothing invented.
export interface BlogPaper {
  title: string;
  authors: string[];
  /** Date of v1, `YYYY-MM-DD`. */
  published: string;
  categories: string[];
  version?: number;
  summary?: string;
}

const P = (title: string, authors: string[], published: string, categories: string[], summary?: string): BlogPaper => ({
  title,
  authors,
  published,
  categories,
  summary,
});

export const BLOG_PAPERS: Record<string, BlogPaper> = {
  '1706.03762': P('Attention Is All You Need', ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit', 'Llion Jones', 'Aidan N. Gomez', 'Lukasz Kaiser', 'Illia Polosukhin'], '2017-06-12', ['cs.CL', 'cs.LG'], 'The Transformer: sequence transduction built on attention alone, without recurrence or convolutions.'),
  '2005.14165': P('Language Models are Few-Shot Learners', ['Tom B. Brown', 'Benjamin Mann', 'Nick Ryder', 'Melanie Subbiah', 'Jared Kaplan', 'Prafulla Dhariwal', 'Arvind Neelakantan', 'Dario Amodei'], '2020-05-28', ['cs.CL'], 'GPT-3: a 175-billion-parameter language model that learns new tasks from a few examples in its prompt.'),
  '2106.09685': P('LoRA: Low-Rank Adaptation of Large Language Models', ['Edward J. Hu', 'Yelong Shen', 'Phillip Wallis', 'Zeyuan Allen-Zhu', 'Yuanzhi Li', 'Shean Wang', 'Lu Wang', 'Weizhu Chen'], '2021-06-17', ['cs.CL', 'cs.AI', 'cs.LG'], 'Fine-tuning through trainable low-rank updates of frozen weight matrices.'),
  '2201.11903': P('Chain-of-Thought Prompting Elicits Reasoning in Large Language Models', ['Jason Wei', 'Xuezhi Wang', 'Dale Schuurmans', 'Maarten Bosma', 'Brian Ichter', 'Fei Xia', 'Ed Chi', 'Quoc Le', 'Denny Zhou'], '2022-01-28', ['cs.CL', 'cs.AI'], 'Prompting with worked intermediate steps improves multi-step reasoning.'),
  '2302.13971': P('LLaMA: Open and Efficient Foundation Language Models', ['Hugo Touvron', 'Thibaut Lavril', 'Gautier Izacard', 'Xavier Martinet', 'Marie-Anne Lachaux', 'Timothée Lacroix', 'Guillaume Lample'], '2023-02-27', ['cs.CL'], 'Foundation language models from 7B to 65B parameters trained on public data.'),
  '2303.08774': P('GPT-4 Technical Report', ['OpenAI'], '2023-03-15', ['cs.CL', 'cs.AI'], 'A large multimodal model accepting image and text inputs.'),
  '2307.09288': P('Llama 2: Open Foundation and Fine-Tuned Chat Models', ['Hugo Touvron', 'Louis Martin', 'Kevin Stone', 'Peter Albert', 'Amjad Almahairi', 'Thomas Scialom'], '2023-07-18', ['cs.CL', 'cs.AI'], 'Pretrained and chat-tuned language models from 7B to 70B parameters.'),
  '2312.11805': P('Gemini: A Family of Highly Capable Multimodal Models', ['Gemini Team'], '2023-12-19', ['cs.CL', 'cs.AI', 'cs.CV'], 'Multimodal models across image, audio, video and text.'),
  '2305.18290': P('Direct Preference Optimization: Your Language Model is Secretly a Reward Model', ['Rafael Rafailov', 'Archit Sharma', 'Eric Mitchell', 'Stefano Ermon', 'Christopher D. Manning', 'Chelsea Finn'], '2023-05-29', ['cs.LG', 'cs.AI', 'cs.CL'], 'Preference alignment with a classification loss instead of reinforcement learning.'),
  '2305.10403': P('PaLM 2 Technical Report', ['Rohan Anil', 'Andrew M. Dai', 'Orhan Firat', 'Melvin Johnson', 'Dmitry Lepikhin'], '2023-05-17', ['cs.CL', 'cs.AI'], 'A multilingual language model with stronger reasoning than its predecessor.'),
  '2309.16609': P('Qwen Technical Report', ['Jinze Bai', 'Shuai Bai', 'Yunfei Chu', 'Zeyu Cui', 'Kai Dang'], '2023-09-28', ['cs.CL'], 'A series of base and chat language models.'),
  '2402.19173': P('StarCoder 2 and The Stack v2: The Next Generation', ['Anton Lozhkov', 'Raymond Li', 'Loubna Ben Allal', 'Federico Cassano', 'Joel Lamy-Poirier'], '2024-02-29', ['cs.SE', 'cs.AI'], 'Open code language models and the data set they were trained on.'),
  '2403.05530': P('Gemini 1.5: Unlocking multimodal understanding across millions of tokens of context', ['Gemini Team'], '2024-03-08', ['cs.CL', 'cs.AI'], 'Multimodal models recalling and reasoning over contexts of millions of tokens.'),
  '2401.04088': P('Mixtral of Experts', ['Albert Q. Jiang', 'Alexandre Sablayrolles', 'Antoine Roux', 'Arthur Mensch', 'Blanche Savary'], '2024-01-08', ['cs.LG', 'cs.CL'], 'A sparse mixture-of-experts language model.'),
  '2001.08361': P('Scaling Laws for Neural Language Models', ['Jared Kaplan', 'Sam McCandlish', 'Tom Henighan', 'Tom B. Brown', 'Benjamin Chess', 'Rewon Child', 'Scott Gray', 'Alec Radford', 'Jeffrey Wu', 'Dario Amodei'], '2020-01-23', ['cs.LG', 'stat.ML'], 'Loss falls as a power law in model size, data and compute.'),
  '2108.07258': P('On the Opportunities and Risks of Foundation Models', ['Rishi Bommasani', 'Drew A. Hudson', 'Ehsan Adeli', 'Russ Altman', 'Simran Arora'], '2021-08-16', ['cs.LG', 'cs.AI', 'cs.CY'], 'A report on models trained on broad data and adapted to many tasks.'),
  '1910.10683': P('Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer', ['Colin Raffel', 'Noam Shazeer', 'Adam Roberts', 'Katherine Lee', 'Sharan Narang', 'Michael Matena', 'Yanqi Zhou', 'Wei Li', 'Peter J. Liu'], '2019-10-23', ['cs.LG', 'cs.CL', 'stat.ML'], 'T5: every language task cast as text to text.'),
  '2112.10752': P('High-Resolution Image Synthesis with Latent Diffusion Models', ['Robin Rombach', 'Andreas Blattmann', 'Dominik Lorenz', 'Patrick Esser', 'Björn Ommer'], '2021-12-20', ['cs.CV'], 'Diffusion models trained in the latent space of a pretrained autoencoder.'),
  '2212.04356': P('Robust Speech Recognition via Large-Scale Weak Supervision', ['Alec Radford', 'Jong Wook Kim', 'Tao Xu', 'Greg Brockman', 'Christine McLeavey', 'Ilya Sutskever'], '2022-12-06', ['eess.AS', 'cs.CL', 'cs.LG', 'cs.SD'], 'Whisper: speech recognition trained on 680,000 hours of weakly supervised audio.'),
  '1312.5602': P('Playing Atari with Deep Reinforcement Learning', ['Volodymyr Mnih', 'Koray Kavukcuoglu', 'David Silver', 'Alex Graves', 'Ioannis Antonoglou', 'Daan Wierstra', 'Martin Riedmiller'], '2013-12-19', ['cs.LG'], 'A convolutional network learns control policies from raw pixels with Q-learning.'),
  '1412.6980': P('Adam: A Method for Stochastic Optimization', ['Diederik P. Kingma', 'Jimmy Ba'], '2014-12-22', ['cs.LG'], 'First-order gradient-based optimisation with adaptive estimates of lower-order moments.'),
  '0704.0001': P('Calculation of prompt diphoton production cross sections at Tevatron and LHC energies', ['C. Balázs', 'E. L. Berger', 'P. M. Nadolsky', 'C.-P. Yuan'], '2007-04-02', ['hep-ph'], 'The first paper under the new identifier scheme.'),
  'hep-th/9711200': P('The Large N Limit of Superconformal Field Theories and Supergravity', ['Juan M. Maldacena'], '1997-11-27', ['hep-th'], 'The AdS/CFT correspondence.'),
  'quant-ph/9508027': P('Polynomial-Time Algorithms for Prime Factorization and Discrete Logarithms on a Quantum Computer', ['Peter W. Shor'], '1995-08-30', ['quant-ph'], 'Shor\'s algorithm.'),
  '1512.03385': P('Deep Residual Learning for Image Recognition', ['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren', 'Jian Sun'], '2015-12-10', ['cs.CV'], 'Residual connections make very deep networks trainable.'),
  '1409.0473': P('Neural Machine Translation by Jointly Learning to Align and Translate', ['Dzmitry Bahdanau', 'Kyunghyun Cho', 'Yoshua Bengio'], '2014-09-01', ['cs.CL', 'cs.LG', 'cs.NE', 'stat.ML'], 'Attention over source words for neural translation.'),
  '1810.04805': P('BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', ['Jacob Devlin', 'Ming-Wei Chang', 'Kenton Lee', 'Kristina Toutanova'], '2018-10-11', ['cs.CL'], 'Masked-language-model pre-training of a bidirectional Transformer encoder.'),
  '2404.19756': P('KAN: Kolmogorov-Arnold Networks', ['Ziming Liu', 'Yixuan Wang', 'Sachin Vaidya', 'Fabian Ruehle', 'James Halverson', 'Marin Soljačić', 'Thomas Y. Hou', 'Max Tegmark'], '2024-04-30', ['cs.LG', 'cond-mat.dis-nn', 'cs.AI', 'stat.ML'], 'Networks with learnable activation functions on edges instead of fixed ones on nodes.'),
  '2410.05258': { ...P('Differential Transformer', ['Tianzhu Ye', 'Li Dong', 'Yuqing Xia', 'Yutao Sun', 'Yi Zhu', 'Gao Huang', 'Furu Wei'], '2024-10-07', ['cs.CL', 'cs.LG'], 'Attention as the difference of two softmax maps, cancelling attention noise.'), version: 2 },
  '2402.17764': P('The Era of 1-bit LLMs: All Large Language Models are in 1.58 Bits', ['Shuming Ma', 'Hongyu Wang', 'Lingxiao Ma', 'Lei Wang', 'Wenhui Wang', 'Shaohan Huang', 'Li Dong', 'Ruiping Wang', 'Jilong Xue', 'Furu Wei'], '2024-02-27', ['cs.CL', 'cs.LG'], 'BitNet b1.58: ternary weights matching full-precision models.'),
  '2501.12948': P('DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning', ['DeepSeek-AI'], '2025-01-22', ['cs.CL', 'cs.AI', 'cs.LG'], 'Reasoning models trained with large-scale reinforcement learning.'),
  '2305.14314': P('QLoRA: Efficient Finetuning of Quantized LLMs', ['Tim Dettmers', 'Artidoro Pagnoni', 'Ari Holtzman', 'Luke Zettlemoyer'], '2023-05-23', ['cs.LG'], 'Low-rank adapters on a frozen 4-bit quantised model.'),
  '2403.03206': P('Scaling Rectified Flow Transformers for High-Resolution Image Synthesis', ['Patrick Esser', 'Sumith Kulal', 'Andreas Blattmann', 'Rahim Entezari', 'Jonas Müller'], '2024-03-05', ['cs.CV'], 'Rectified flow models with a transformer backbone for text-to-image synthesis.'),
  '2203.02155': P('Training language models to follow instructions with human feedback', ['Long Ouyang', 'Jeff Wu', 'Xu Jiang', 'Diogo Almeida', 'Carroll L. Wainwright'], '2022-03-04', ['cs.CL', 'cs.AI', 'cs.LG'], 'InstructGPT: fine-tuning with human preferences.'),
  '2204.02311': P('PaLM: Scaling Language Modeling with Pathways', ['Aakanksha Chowdhery', 'Sharan Narang', 'Jacob Devlin', 'Maarten Bosma', 'Gaurav Mishra'], '2022-04-05', ['cs.CL'], 'A 540-billion-parameter dense language model.'),
  '2205.01068': P('OPT: Open Pre-trained Transformer Language Models', ['Susan Zhang', 'Stephen Roller', 'Naman Goyal', 'Mikel Artetxe', 'Moya Chen'], '2022-05-02', ['cs.CL', 'cs.LG'], 'Open decoder-only language models up to 175B parameters.'),
  '2103.00020': P('Learning Transferable Visual Models From Natural Language Supervision', ['Alec Radford', 'Jong Wook Kim', 'Chris Hallacy', 'Aditya Ramesh', 'Gabriel Goh'], '2021-02-26', ['cs.CV', 'cs.LG'], 'CLIP: image and text encoders trained contrastively on captioned images.'),
};
