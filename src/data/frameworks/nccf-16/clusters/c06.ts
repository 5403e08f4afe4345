import type { ClusterData } from '../../../../domain/framework.ts';

export const cluster06: ClusterData = {
  code: '06',
  title: { en: 'Finance', es: 'Finanzas' },
  description: {
    en: 'People in finance help households, businesses and governments manage money: they keep records, lend, invest, protect against risk and plan for the future. Example jobs include bank teller, accountant, financial planner, insurance agent and stock analyst.',
    es: 'Quienes trabajan en finanzas ayudan a familias, empresas y gobiernos a manejar su dinero: llevan registros, prestan, invierten, protegen contra riesgos y planifican el futuro. Algunos empleos son cajero de banco, contador, asesor financiero, agente de seguros y analista bursátil.',
  },
  pathways: [
    {
      code: '06-01',
      title: { en: 'Accounting', es: 'Contabilidad' },
      description: {
        en: 'Accounting is about recording, checking and explaining where an organization’s money comes from and where it goes. Bookkeepers, payroll clerks, tax preparers, auditors and certified public accountants make sure the numbers are accurate and follow the rules.',
        es: 'La contabilidad consiste en registrar, revisar y explicar de dónde viene y a dónde va el dinero de una organización. Tenedores de libros, encargados de nóminas, preparadores de impuestos, auditores y contadores públicos certificados se aseguran de que las cifras sean exactas y cumplan las normas.',
      },
    },
    {
      code: '06-02',
      title: { en: 'Banking Services', es: 'Servicios bancarios' },
      description: {
        en: 'Banking services workers deal directly with customers who save, borrow and move money at banks and credit unions. Tellers, loan officers, branch managers and credit analysts open accounts, approve loans and help people use their money safely.',
        es: 'El personal de servicios bancarios atiende directamente a los clientes que ahorran, piden préstamos y mueven dinero en bancos y cooperativas de crédito. Cajeros, oficiales de préstamos, gerentes de sucursal y analistas de crédito abren cuentas, aprueban préstamos y ayudan a usar el dinero con seguridad.',
      },
    },
    {
      code: '06-03',
      title: { en: 'Business Finance', es: 'Finanzas empresariales' },
      description: {
        en: 'Business finance looks at money from inside a company, deciding how to budget, raise funds and pay for growth. Financial analysts, budget analysts, treasurers and chief financial officers study the numbers so leaders can make smart spending choices.',
        es: 'Las finanzas empresariales miran el dinero desde dentro de una compañía y deciden cómo presupuestar, conseguir fondos y financiar el crecimiento. Analistas financieros, analistas de presupuesto, tesoreros y directores financieros estudian las cifras para que los líderes gasten con inteligencia.',
      },
    },
    {
      code: '06-04',
      title: { en: 'Insurance', es: 'Seguros' },
      description: {
        en: 'Insurance protects people and businesses from big losses caused by accidents, illness, storms or theft. Agents sell policies, underwriters decide what to cover and at what price, claims adjusters investigate damage, and actuaries use math to predict risk.',
        es: 'Los seguros protegen a personas y empresas de grandes pérdidas por accidentes, enfermedades, tormentas o robos. Los agentes venden pólizas, los suscriptores deciden qué cubrir y a qué precio, los ajustadores investigan los daños y los actuarios usan las matemáticas para predecir riesgos.',
      },
    },
    {
      code: '06-05',
      title: { en: 'Securities & Investments', es: 'Valores e inversiones' },
      description: {
        en: 'Securities and investments work focuses on helping money grow through stocks, bonds, mutual funds and retirement accounts. Stockbrokers, investment advisers, portfolio managers and market analysts research companies and guide clients through the ups and downs of markets.',
        es: 'El trabajo en valores e inversiones busca hacer crecer el dinero mediante acciones, bonos, fondos mutuos y cuentas de jubilación. Corredores de bolsa, asesores de inversión, administradores de carteras y analistas de mercado investigan empresas y guían a sus clientes en los altibajos del mercado.',
      },
    },
  ],
};
