/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.CurriculumPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class AssessmentCriterionImpl extends MappableItemImpl implements AssessmentCriterion {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentCriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.ASSESSMENT_CRITERION;
	}

} //AssessmentCriterionImpl
